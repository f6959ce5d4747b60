import { CsvRecord } from "./csv-record";
import { EventLogError } from "./event-log-error";

const QUOTE = 34;
const LF = 10;
const CR = 13;
/** `scanRecord` result: the buffer ends inside the record, wait for more bytes. */
const INCOMPLETE = -1;

/**
 * A streaming tokenizer of delimited text over bytes (RFC 4180 quoting: a field that starts
 * with a double quote may hold the delimiter, newlines and doubled quotes; a quote inside an
 * unquoted field is an ordinary character). No string is made per line: `onRecord` gets each
 * non-empty record as byte ranges ({@link CsvRecord}) with the 1-based line it starts on.
 *
 * Chunk edges may fall anywhere (inside a quoted field, a UTF-8 character, a CRLF or the BOM):
 * an unfinished record stays in the buffer and is scanned again when more bytes arrive, but
 * only once its bytes have doubled, so a huge quoted field costs linear time.
 */
export class CsvTokenizer {
  private buffer = Buffer.allocUnsafe(0);
  private length = 0;
  private recordStart = 0;
  private rescanAt = 0;
  private line = 0;
  private started = false;
  private readonly delimiter: Buffer;
  private readonly record = new CsvRecord();
  /** Newlines inside the quoted fields of the record last scanned. */
  private innerNewlines = 0;

  constructor(
    delimiter: string,
    private readonly onRecord: (record: CsvRecord, line: number) => void,
  ) {
    this.delimiter = Buffer.from(delimiter === "" ? "," : delimiter, "utf8");
  }

  /** Lines consumed so far (where a problem of the source shows up). */
  get linesRead(): number {
    return this.line;
  }

  write(chunk: Uint8Array): void {
    this.append(chunk);
    if (!this.started && this.length < 3) return;
    this.skipBom();
    if (this.length - this.recordStart >= this.rescanAt) this.consume(false);
  }

  /** Flushes the last record (which may lack a final newline); fails on an unclosed quote. */
  end(): void {
    this.skipBom();
    this.consume(true);
  }

  private skipBom(): void {
    if (this.started) return;
    this.started = true;
    const b = this.buffer;
    if (this.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) this.recordStart = 3;
  }

  /** Keeps the unfinished record's bytes at the front of the buffer and adds `chunk` after them. */
  private append(chunk: Uint8Array): void {
    const keep = this.length - this.recordStart;
    if (this.started && this.recordStart > 0) {
      this.buffer.copyWithin(0, this.recordStart, this.length);
      this.recordStart = 0;
      this.length = keep;
    }
    if (this.length + chunk.length > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + chunk.length));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.buffer.set(chunk, this.length);
    this.length += chunk.length;
  }

  private consume(final: boolean): void {
    this.record.bytes = this.buffer;
    const pos = this.emitRecords(this.recordStart, final);
    this.recordStart = pos;
    this.rescanAt = (this.length - pos) * 2;
  }

  /**
   * Hands every whole record from `pos` on to `onRecord`; returns where the unfinished rest
   * begins. Kept apart from `consume` so that the code after this hot loop, which runs once per
   * chunk, is not compiled into it without type feedback (V8 then deoptimizes on every chunk).
   */
  private emitRecords(pos: number, final: boolean): number {
    const record = this.record;
    while (pos < this.length) {
      const next = this.scanRecord(pos, final);
      if (next === INCOMPLETE) return pos;
      const line = this.line + 1;
      this.line += this.innerNewlines + 1;
      pos = next;
      if (record.count > 1 || record.start[0] !== record.end[0]) this.onRecord(record, line);
    }
    return pos;
  }

  /**
   * Scans the record starting at `from` into `this.record`; returns where the next record
   * starts, or INCOMPLETE. One CR before the record's LF (or the end of the text) is dropped.
   */
  private scanRecord(from: number, final: boolean): number {
    const b = this.buffer;
    const n = this.length;
    const d0 = this.delimiter[0]!;
    const single = this.delimiter.length === 1;
    const high = Math.max(d0, LF);
    const record = this.record;
    record.count = 0;
    this.innerNewlines = 0;
    let p = from;
    for (;;) {
      if (p < n && b[p] === QUOTE) {
        p = this.scanQuoted(p, final);
        if (p < 0) return INCOMPLETE;
        if (p >= n) return final ? n : INCOMPLETE;
        const c = b[p]!;
        if (c === d0 && this.delimiterAt(p)) {
          if (!final && p + this.delimiter.length > n) return INCOMPLETE;
          p += this.delimiter.length;
          continue;
        }
        if (c === LF) return p + 1;
        if (c === CR && p + 1 >= n) return final ? n : INCOMPLETE;
        if (c === CR && b[p + 1] === LF) return p + 2;
        if (c === d0 && !final && p + this.delimiter.length > n) return INCOMPLETE;
        throw this.textAfterQuote(p);
      }
      const start = p;
      while (p < n) {
        const c = b[p]!;
        // Most bytes are above both the delimiter and LF: one comparison lets them pass.
        if (c > high) {
          p++;
          continue;
        }
        if (c === LF || (c === d0 && (single || this.delimiterAt(p)))) break;
        if (c === d0 && !final && p + this.delimiter.length > n) return INCOMPLETE;
        p++;
      }
      if (p >= n && !final) return INCOMPLETE;
      if (p < n && b[p] !== LF) {
        record.push(start, p, 0);
        p += this.delimiter.length;
        continue;
      }
      const end = p > start && b[p - 1] === CR ? p - 1 : p;
      record.push(start, end, 0);
      return p < n ? p + 1 : n;
    }
  }

  /** Scans the quoted field opening at `open`; returns the index after its closing quote, or INCOMPLETE. */
  private scanQuoted(open: number, final: boolean): number {
    const b = this.buffer;
    const n = this.length;
    let p = open + 1;
    let escaped = 0;
    for (;;) {
      while (p < n && b[p] !== QUOTE) if (b[p++] === LF) this.innerNewlines++;
      if (p >= n || (p + 1 >= n && !final)) {
        if (!final) return INCOMPLETE;
        throw new EventLogError("malformed_csv", "a quoted field is not closed before the end of the file");
      }
      if (b[p + 1] !== QUOTE) break;
      escaped = 1;
      p += 2;
    }
    this.record.push(open + 1, p, escaped);
    return p + 1;
  }

  /** Whether the delimiter starts at `p` (a multi-byte delimiter is compared whole). */
  private delimiterAt(p: number): boolean {
    const d = this.delimiter;
    if (d.length === 1) return true;
    if (p + d.length > this.length) return false;
    for (let k = 1; k < d.length; k++) if (this.buffer[p + k] !== d[k]) return false;
    return true;
  }

  private textAfterQuote(p: number): EventLogError {
    const text = this.buffer.toString("utf8", p, Math.min(this.length, p + 10)).split("\n")[0]!;
    return new EventLogError("malformed_csv", `unexpected text after a closing quote: ${JSON.stringify(text)}`, { line: this.line + 1, column: 1 });
  }
}
