import { EventLogError } from "./event-log-error";

/**
 * A streaming parser for delimited text (RFC 4180 quoting: fields in double quotes may hold the
 * delimiter, newlines and doubled quotes). Lines without a quote take a fast path (`split`);
 * a record with quotes goes through a small state machine and may span chunks and lines.
 * `onRecord` receives each non-empty record with the 1-based line it starts on.
 */
export class DelimitedParser {
  private pending = "";
  private line = 0;
  private started = false;

  constructor(
    private readonly delimiter: string,
    private readonly onRecord: (fields: string[], line: number) => void,
  ) {}

  /** Lines consumed so far (where a problem of the source shows up). */
  get linesRead(): number {
    return this.line;
  }

  write(chunk: string): void {
    let text = this.pending + chunk;
    if (!this.started && text !== "") {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.pending = text.slice(this.consume(text, false));
  }

  /** Flushes the last record (which may lack a final newline); fails on an unclosed quote. */
  end(): void {
    const text = this.pending;
    this.pending = "";
    const pos = this.consume(text, true);
    if (pos < text.length) this.record(text.slice(pos));
  }

  /** Consumes whole records from `text`; returns where the unconsumed rest begins. */
  private consume(text: string, final: boolean): number {
    let pos = 0;
    let quote = text.indexOf('"');
    for (;;) {
      const nl = text.indexOf("\n", pos);
      if (quote >= 0 && quote < pos) quote = text.indexOf('"', pos);
      if (quote >= 0 && (nl < 0 || quote < nl)) {
        const end = quotedRecordEnd(text, pos, final);
        if (end < 0) return pos;
        this.quotedRecord(text.slice(pos, end));
        pos = end;
        continue;
      }
      if (nl < 0) return pos;
      this.record(text.slice(pos, nl));
      pos = nl + 1;
    }
  }

  private record(line: string): void {
    this.line++;
    const trimmed = line.endsWith("\r") ? line.slice(0, -1) : line;
    if (trimmed !== "") this.onRecord(trimmed.split(this.delimiter), this.line);
  }

  private quotedRecord(raw: string): void {
    const start = this.line + 1;
    const fields = parseQuoted(raw, this.delimiter, start);
    this.line += countNewlines(raw);
    if (!raw.endsWith("\n")) this.line++;
    if (fields.length > 1 || fields[0] !== "") this.onRecord(fields, start);
  }
}

/**
 * The end (after the newline) of the record starting at `from`, whose quotes may hide
 * newlines; -1 when the text ends inside it and more may come. At the very end, an unclosed
 * quote is an error.
 */
function quotedRecordEnd(text: string, from: number, final: boolean): number {
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted) return i + 1;
  }
  if (!final) return -1;
  if (quoted) throw new EventLogError("malformed_csv", "a quoted field is not closed before the end of the file");
  return text.length;
}

function parseQuoted(raw: string, delimiter: string, line: number): string[] {
  const body = raw.replace(/\r?\n$/, "");
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = "";
    if (body[i] === '"') {
      i++;
      for (;;) {
        const close = body.indexOf('"', i);
        if (close < 0) throw new EventLogError("malformed_csv", "a quoted field is not closed", { line, column: 1 });
        field += body.slice(i, close);
        if (body[close + 1] !== '"') {
          i = close + 1;
          break;
        }
        field += '"';
        i = close + 2;
      }
      if (i < body.length && !body.startsWith(delimiter, i)) {
        throw new EventLogError("malformed_csv", `unexpected text after a closing quote: ${JSON.stringify(body.slice(i, i + 10))}`, { line, column: 1 });
      }
    } else {
      const next = body.indexOf(delimiter, i);
      const stop = next < 0 ? body.length : next;
      field = body.slice(i, stop);
      i = stop;
    }
    fields.push(field);
    if (i >= body.length) return fields;
    i += delimiter.length;
  }
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) count++;
  return count;
}
