const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * How offsets are read: `utc` (default) applies them, so durations across a daylight-saving
 * change are real elapsed time; `local` ignores them and keeps the wall-clock reading, which is
 * what PM4Py's XES importer does (its reference durations differ from `utc` by whole hours
 * for transitions that cross a change of offset).
 */
export type ClockMode = "utc" | "local";

/**
 * Parses an ISO-8601-like timestamp (`T` or space separator, optional fraction, `Z` or a
 * `±hh[:mm]` offset; none means UTC) into milliseconds since the epoch in UTC. Digits below the
 * millisecond are kept as a fraction so events microseconds apart still sort correctly.
 * Returns NaN for anything else, including impossible dates.
 *
 * @example parseTimestamp("2011-10-11 13:45:40.276000+02:00") // 1318333540276
 */
export function parseTimestamp(text: string, clock: ClockMode = "utc"): number {
  const m = ISO_LIKE.exec(text.trim());
  if (!m) return Number.NaN;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4] ?? 0);
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 60) {
    return Number.NaN;
  }
  const base = Date.UTC(year, month - 1, day, hour, minute, second);
  return base + fractionMs(m[7]) - (clock === "utc" ? offsetMinutes(m[8]) * 60_000 : 0);
}

/** Formats epoch milliseconds as ISO-8601 UTC with milliseconds, e.g. `2011-10-11T11:45:40.276Z`. */
export function formatTimestamp(ms: number): string {
  return new Date(Math.floor(ms)).toISOString();
}

function fractionMs(digits: string | undefined): number {
  if (!digits) return 0;
  const whole = Number(digits.slice(0, 3).padEnd(3, "0"));
  return digits.length > 3 ? whole + Number(`0.${digits.slice(3)}`) : whole;
}

function offsetMinutes(offset: string | undefined): number {
  if (!offset || offset === "Z" || offset === "z" || offset === "UTC") return 0;
  const sign = offset.startsWith("-") ? -1 : 1;
  const digits = offset.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A timestamp parser with its clock mode fixed, as readers receive it. */
export type TimeParser = (text: string) => number;
