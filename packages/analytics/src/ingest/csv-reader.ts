import type { EventLogBuilder } from "../log/event-log-builder";
import { resolveColumns, type ColumnMapping } from "./column-mapping";
import { DelimitedParser } from "./delimited-parser";
import { EventLogError } from "./event-log-error";
import type { TimeParser } from "./timestamp";

const DELIMITER_CANDIDATES = [",", ";", "\t", "|"];

/**
 * Streams a delimited text log (CSV, TSV, any delimiter; quoted fields; BOM) into `builder`.
 * The first record is the header; the delimiter is guessed from it unless given. Columns other
 * than case, activity and timestamp become attributes (empty cells are left out).
 */
export async function readDelimited(
  chunks: AsyncIterable<string>,
  mapping: Partial<ColumnMapping>,
  builder: EventLogBuilder,
  parseTime: TimeParser,
  delimiter?: string,
): Promise<void> {
  let parser: DelimitedParser | undefined;
  let header: string[] | undefined;
  let index: Record<keyof ColumnMapping, number> = { case: 0, activity: 0, timestamp: 0 };
  const onRecord = (record: string[], line: number) => {
    if (header) return addRow(builder, header, index, record, line, parseTime);
    header = record;
    const resolved = resolveColumns(header, mapping);
    if (!resolved.ok) throw new EventLogError("missing_column", `no ${resolved.role} column (looked for: ${resolved.wanted})`, { line, column: 1 });
    index = resolved.index;
  };
  try {
    for await (const chunk of chunks) {
      parser ??= new DelimitedParser(delimiter ?? sniffDelimiter(chunk.replace(/^\uFEFF/, "")), onRecord);
      parser.write(chunk);
    }
    parser?.end();
  } catch (error) {
    // Errors of the source (a truncated gzip, a bomb) carry the line the parser had reached.
    throw error instanceof EventLogError ? error.at({ line: (parser?.linesRead ?? 0) + 1 }) : error;
  }
}

/** Adds one data row; `line` and columns locate errors. */
export function addRow(
  builder: EventLogBuilder,
  header: string[],
  index: Record<keyof ColumnMapping, number>,
  record: string[],
  line: number,
  parseTime: TimeParser,
): void {
  if (record.length > header.length) {
    throw new EventLogError("malformed_csv", `row has ${record.length} fields, the header ${header.length}`, { line, column: 1 });
  }
  const stamp = record[index.timestamp] ?? "";
  const time = parseTime(stamp);
  if (Number.isNaN(time)) {
    throw new EventLogError("bad_timestamp", `cannot parse timestamp "${stamp}" in column "${header[index.timestamp]}"`, { line, column: columnOf(record, index.timestamp) });
  }
  const caseId = record[index.case] ?? "";
  if (caseId === "") throw new EventLogError("missing_case", "empty case id", { line, column: columnOf(record, index.case) });
  if (record.length === 3 && header.length === 3) return builder.add(caseId, record[index.activity] ?? "", time);
  const attributes: [string, string][] = [];
  for (let i = 0; i < record.length; i++) {
    if (i === index.case || i === index.activity || i === index.timestamp) continue;
    const value = record[i]!;
    if (value !== "") attributes.push([header[i]!, value]);
  }
  builder.add(caseId, record[index.activity] ?? "", time, attributes);
}

/** The 1-based column where field `i` starts (exact for unquoted fields). */
function columnOf(record: string[], i: number): number {
  let column = 1;
  for (let k = 0; k < i; k++) column += record[k]!.length + 1;
  return column;
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
