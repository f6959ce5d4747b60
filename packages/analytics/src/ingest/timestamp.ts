import { daysFromCivil, isValidDateTime } from "./civil-date";

const ISO_LIKE =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * How offsets are read: `utc` (default) applies them, so durations across a daylight-saving
 * change are real elapsed time; `local` ignores them and keeps the wall-clock reading, which is
 * what PM4Py's XES importer does (its reference durations differ from `utc` by whole hours
 * for transitions that cross a change of offset).
 */
export type ClockMode = "utc" | "local";

/**
 * Parses an ISO-8601-like timestamp (`-` or `/` in the date, one-digit month, day and hour
 * allowed; `T` or space separator, optional fraction, `Z` or a
 * `±hh[:mm]` offset; none means UTC) into milliseconds since the epoch in UTC. Digits below the
 * millisecond are kept as a fraction so events microseconds apart still sort correctly.
 * Returns NaN for anything else, including impossible dates.
 *
 * @example parseTimestamp("2011-10-11 13:45:40.276000+02:00") // 1318333540276
 */
export function parseTimestamp(text: string, clock: ClockMode = "utc"): number {
  const fast = parseCommonLayout(text, clock);
  if (fast !== undefined) return fast;
  const m = ISO_LIKE.exec(text.trim());
  if (!m) return Number.NaN;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4] ?? 0);
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  if (!isValidDateTime(year, month, day, hour, minute, second)) return Number.NaN;
  const base = Date.UTC(year, month - 1, day, hour, minute, second);
  return base + fractionMs(m[7]) - (clock === "utc" ? offsetMinutes(m[8]) * 60_000 : 0);
}

/** Formats epoch milliseconds as ISO-8601 UTC with milliseconds, e.g. `2011-10-11T11:45:40.276Z`. */
export function formatTimestamp(ms: number): string {
  return new Date(Math.floor(ms)).toISOString();
}

/**
 * The fast path for `YYYY-MM-DD[T ]hh:mm:ss[.fff…][Z|±hh:mm]`, the layout of nearly every log,
 * read with character codes instead of a regular expression and `Date`. Undefined when the text
 * has another layout (the general parser then decides); NaN when it has this one but is invalid.
 */
function parseCommonLayout(s: string, clock: ClockMode): number | undefined {
  if (s.length < 19 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return undefined;
  const sep = s.charCodeAt(10);
  if (sep !== 84 && sep !== 32) return undefined;
  const year = digitsAt(s, 0, 4);
  const month = digitsAt(s, 5, 2);
  const day = digitsAt(s, 8, 2);
  const hour = digitsAt(s, 11, 2);
  const minute = digitsAt(s, 14, 2);
  const second = digitsAt(s, 17, 2);
  if (Number.isNaN(year + month + day + hour + minute + second)) return undefined;
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46 || s.charCodeAt(i) === 44) {
    const start = ++i;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === start || i - start > 9) return undefined;
    ms = fractionMs(s.slice(start, i));
  }
  let offset = 0;
  const rest = s.length - i;
  if (rest === 1 && (s.charCodeAt(i) === 90 || s.charCodeAt(i) === 122)) offset = 0;
  else if (rest === 6 && (s.charCodeAt(i) === 43 || s.charCodeAt(i) === 45) && s.charCodeAt(i + 3) === 58) {
    const hh = digitsAt(s, i + 1, 2);
    const mm = digitsAt(s, i + 4, 2);
    if (Number.isNaN(hh + mm)) return undefined;
    offset = (s.charCodeAt(i) === 45 ? -1 : 1) * (hh * 60 + mm);
  } else if (rest !== 0) return undefined;
  if (!isValidDateTime(year, month, day, hour, minute, second)) return Number.NaN;
  const epochDays = daysFromCivil(year, month, day);
  return ((epochDays * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + ms - (clock === "utc" ? offset * 60_000 : 0);
}

function digitsAt(s: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    value = value * 10 + d;
  }
  return value;
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

/** A timestamp parser with its clock mode fixed, as readers receive it. */
export type TimeParser = (text: string) => number;
