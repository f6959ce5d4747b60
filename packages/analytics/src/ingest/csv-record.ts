/**
 * The fields of one delimited record as byte ranges of the tokenizer's buffer, so a reader can
 * hash, compare or parse a field without making a string. Field `i` is `bytes[start[i] ..
 * end[i])` without its quotes; `escaped[i]` is 1 when those bytes still hold doubled quotes.
 *
 * Invariant: valid only during the `onRecord` call that receives it (the buffer is reused).
 */
export class CsvRecord {
  bytes: Buffer = Buffer.alloc(0);
  count = 0;
  start = new Int32Array(16);
  end = new Int32Array(16);
  escaped = new Uint8Array(16);

  /** Field `i` as a string (quotes undoubled); "" for a field the record lacks. */
  text(i: number): string {
    if (i >= this.count) return "";
    const text = this.bytes.toString("utf8", this.start[i], this.end[i]);
    return this.escaped[i] ? text.replaceAll('""', '"') : text;
  }

  /** Whether field `i` is missing or holds no bytes. */
  isEmpty(i: number): boolean {
    return i >= this.count || this.start[i] === this.end[i];
  }

  /** Every field as a string (a header, or an error message). */
  texts(): string[] {
    return Array.from({ length: this.count }, (_, i) => this.text(i));
  }

  /** @internal Appends a field; used by the tokenizer only. */
  push(start: number, end: number, escaped: number): void {
    if (this.count === this.start.length) this.grow();
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.escaped[this.count++] = escaped;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    const escaped = new Uint8Array(size);
    start.set(this.start);
    end.set(this.end);
    escaped.set(this.escaped);
    this.start = start;
    this.end = end;
    this.escaped = escaped;
  }
}
