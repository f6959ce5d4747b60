import { parse, CsvError } from "csv-parse";
import type { EventLogBuilder } from "../log/event-log-builder";
import { resolveColumns, type ColumnMapping } from "./column-mapping";
import { EventLogError } from "./event-log-error";
import type { TimeParser } from "./timestamp";

const DELIMITER_CANDIDATES = [",", ";", "\t", "|"];

/**
 * Streams a delimited text log (CSV, TSV, any one-character delimiter; quoted fields; BOM) into
 * `builder`. The first row is the header; the delimiter is guessed from it unless given. Columns
 * other than case, activity and timestamp become attributes (empty cells are left out).
 */
export async function readDelimited(
  chunks: AsyncIterable<string>,
  mapping: Partial<ColumnMapping>,
  builder: EventLogBuilder,
  parseTime: TimeParser,
  delimiter?: string,
): Promise<void> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const parser = parse({ bom: true, delimiter: delimiter ?? sniffDelimiter(first.value), info: true, skip_empty_lines: true, relax_quotes: false });
  const feeding = feed(parser, first.value, iterator);
  let header: string[] | undefined;
  let index: Record<keyof ColumnMapping, number> = { case: 0, activity: 0, timestamp: 0 };
  try {
    for await (const item of parser) {
      if (!isRecordWithInfo(item)) continue;
      const { record, info } = item;
      if (!header) {
        header = record.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, "") : h));
        const resolved = resolveColumns(header, mapping);
        if (!resolved.ok) throw new EventLogError("missing_column", `no ${resolved.role} column (looked for: ${resolved.wanted})`, { line: 1, column: 1 });
        index = resolved.index;
        continue;
      }
      addRow(builder, header, index, record, info.lines, parseTime);
    }
  } catch (error) {
    await iterator.return?.();
    throw csvError(error);
  }
  await feeding;
}

function addRow(builder: EventLogBuilder, header: string[], index: Record<keyof ColumnMapping, number>, record: string[], line: number, parseTime: TimeParser): void {
  const stamp = record[index.timestamp] ?? "";
  const time = parseTime(stamp);
  if (Number.isNaN(time)) throw new EventLogError("bad_timestamp", `cannot parse timestamp "${stamp}" in column "${header[index.timestamp]}"`, { line, column: 1 });
  const caseId = record[index.case] ?? "";
  if (caseId === "") throw new EventLogError("missing_case", "empty case id", { line, column: 1 });
  const activity = record[index.activity] ?? "";
  const attributes: [string, string][] = [];
  for (let i = 0; i < record.length; i++) {
    if (i === index.case || i === index.activity || i === index.timestamp) continue;
    const key = header[i];
    const value = record[i];
    if (key !== undefined && value !== undefined && value !== "") attributes.push([key, value]);
  }
  builder.add(caseId, activity, time, attributes);
}

async function feed(parser: ReturnType<typeof parse>, first: string, rest: AsyncIterator<string>): Promise<void> {
  try {
    if (!parser.write(first)) await drained(parser);
    for (let next = await rest.next(); !next.done; next = await rest.next()) {
      if (!parser.write(next.value)) await drained(parser);
    }
    parser.end();
  } catch (error) {
    parser.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}

function drained(parser: ReturnType<typeof parse>): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      parser.off("drain", done);
      parser.off("close", done);
      resolve();
    };
    parser.on("drain", done);
    parser.on("close", done);
  });
}

/** The candidate delimiter occurring most often (outside quotes) in the first line. */
export function sniffDelimiter(text: string): string {
  const counts = new Map(DELIMITER_CANDIDATES.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ",";
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

function isRecordWithInfo(item: unknown): item is { record: string[]; info: { lines: number } } {
  if (typeof item !== "object" || item === null || !("record" in item) || !("info" in item)) return false;
  const { record, info } = item;
  return Array.isArray(record) && typeof info === "object" && info !== null && "lines" in info && typeof info.lines === "number";
}

function csvError(error: unknown): unknown {
  if (!(error instanceof CsvError)) return error;
  const line = typeof error.lines === "number" ? error.lines : undefined;
  return new EventLogError("malformed_csv", error.message.replace(/^Invalid [^:]*: /, ""), { line, column: 1 });
}
