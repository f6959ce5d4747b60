/**
 * Seconds as a short human duration for terminal output: `0s`, `45s`, `12m 05s`, `3h 20m`, `2d 04h`.
 * Null or NaN prints as `–`.
 */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || Number.isNaN(seconds)) return "–";
  const s = Math.round(Math.abs(seconds));
  const sign = seconds < 0 ? "-" : "";
  const pad = (n: number) => String(n).padStart(2, "0");
  if (s < 60) return `${sign}${s}s`;
  if (s < 3600) return `${sign}${Math.floor(s / 60)}m ${pad(s % 60)}s`;
  if (s < 86_400) return `${sign}${Math.floor(s / 3600)}h ${pad(Math.floor((s % 3600) / 60))}m`;
  return `${sign}${Math.floor(s / 86_400)}d ${pad(Math.floor((s % 86_400) / 3600))}h`;
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** `30d`, `12h`, `90m`, `45s`, `2w` (or a bare number of seconds) → seconds; undefined when unreadable. */
export function parseWindow(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([smhdw]?)$/i.exec(text.trim());
  if (!m) return undefined;
  const seconds = Number(m[1]) * UNIT_SECONDS[(m[2] || "s").toLowerCase()]!;
  return seconds > 0 ? seconds : undefined;
}
