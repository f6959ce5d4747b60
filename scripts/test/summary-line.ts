/** Counts of one runner, and the closing line every runner's output is reduced to (contracts.md). */
export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export const SUMMARY_RE = /^(?:\w+:\s*)?(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/;

export function formatSummary(c: Counts): string {
  return `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
}

/** The last `N passed, N failed[, N skipped]` line of a runner's output, if any. */
export function lastSummary(output: string): Counts | undefined {
  const lines = output.split(/\r?\n/).reverse();
  for (const line of lines) {
    const m = SUMMARY_RE.exec(line.replace(/\x1b\[[0-9;]*m/g, "").trim());
    if (m) return { passed: Number(m[1]), failed: Number(m[2]), skipped: Number(m[3] ?? 0) };
  }
  return undefined;
}

/** Counts from node's TAP reporter summary (`# pass N`, `# fail N`, `# skipped N`, `# todo N`, `# cancelled N`). */
export function tapCounts(tap: string): Counts | undefined {
  const get = (k: string) => {
    const m = new RegExp(`^# ${k} (\\d+)$`, "m").exec(tap);
    return m ? Number(m[1]) : undefined;
  };
  const pass = get("pass");
  if (pass === undefined) return undefined;
  return { passed: pass, failed: (get("fail") ?? 0) + (get("cancelled") ?? 0), skipped: (get("skipped") ?? 0) + (get("todo") ?? 0) };
}
