import { daysFromCivil, isValidDateTime } from "./civil-date";
import type { ClockMode } from "./timestamp";

/**
 * {@link parseTimestamp}'s fast path read straight from bytes, for the layout of nearly every
 * log: `YYYY-MM-DD[T ]hh:mm:ss[.f|.ff|.fff][Z|±hh:mm]`. `parse` answers undefined for any other
 * layout (including more than three fraction digits), which the caller then decodes and hands
 * to `parseTimestamp`; NaN for this layout with impossible values — as `parseTimestamp` does.
 * The day of the previous timestamp is remembered: consecutive events mostly share it.
 *
 * @example new TimestampBytesParser("utc").parse(Buffer.from("2024-03-01T10:00:00Z"), 0, 20) // 1709287200000
 */
export class TimestampBytesParser {
  private lastDate = -1;
  private lastDays = 0;

  constructor(private readonly clock: ClockMode) {}

  parse(b: Uint8Array, start: number, end: number): number | undefined {
    if (end - start < 19 || b[start + 4] !== 45 || b[start + 7] !== 45 || b[start + 13] !== 58 || b[start + 16] !== 58) return undefined;
    const sep = b[start + 10];
    if (sep !== 84 && sep !== 32) return undefined;
    const year = digits(b, start, 4);
    const month = digits(b, start + 5, 2);
    const day = digits(b, start + 8, 2);
    const hour = digits(b, start + 11, 2);
    const minute = digits(b, start + 14, 2);
    const second = digits(b, start + 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return undefined;
    let i = start + 19;
    let ms = 0;
    if (i < end && (b[i] === 46 || b[i] === 44)) {
      const from = ++i;
      while (i < end && b[i]! >= 48 && b[i]! <= 57) i++;
      if (i === from || i - from > 3) return undefined;
      ms = digits(b, from, i - from) * (i - from === 1 ? 100 : i - from === 2 ? 10 : 1);
    }
    let offset = 0;
    const rest = end - i;
    if (rest === 1 && (b[i] === 90 || b[i] === 122)) offset = 0;
    else if (rest === 6 && (b[i] === 43 || b[i] === 45) && b[i + 3] === 58) {
      const hh = digits(b, i + 1, 2);
      const mm = digits(b, i + 4, 2);
      if (hh < 0 || mm < 0) return undefined;
      offset = (b[i] === 45 ? -1 : 1) * (hh * 60 + mm);
    } else if (rest !== 0) return undefined;
    if (hour > 23 || minute > 59 || second > 60) return Number.NaN;
    const days = this.epochDays(year, month, day);
    if (Number.isNaN(days)) return Number.NaN;
    return ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + ms - (this.clock === "utc" ? offset * 60_000 : 0);
  }

  /** Days since the epoch of a date, NaN when it does not exist. */
  private epochDays(year: number, month: number, day: number): number {
    const date = (year * 100 + month) * 100 + day;
    if (date === this.lastDate) return this.lastDays;
    if (!isValidDateTime(year, month, day, 0, 0, 0)) return Number.NaN;
    this.lastDate = date;
    this.lastDays = daysFromCivil(year, month, day);
    return this.lastDays;
  }
}

/** The decimal number in `count` bytes from `from`, or -1 when one is not a digit. */
function digits(b: Uint8Array, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = b[i]! - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}
