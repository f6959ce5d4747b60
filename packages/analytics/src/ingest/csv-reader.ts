import type { EventLogBuilder } from "../log/event-log-builder";
import { resolveColumns, type ColumnMapping } from "./column-mapping";
import type { CsvRecord } from "./csv-record";
import { CsvRowSink } from "./csv-row-sink";
import { CsvTokenizer } from "./csv-tokenizer";
import { EventLogError } from "./event-log-error";
import type { ClockMode } from "./timestamp";

const DELIMITER_CANDIDATES = [",", ";", "\t", "|"];
const LF = 10;

/**
 * Streams a delimited text log (CSV, TSV, any delimiter; quoted fields; BOM; CRLF) from its bytes
 * into `builder`. The first record is the header; the delimiter is guessed from it unless given.
 * Columns other than case, activity and timestamp become attributes (empty cells are left out).
 */
export async function readDelimited(
  chunks: AsyncIterable<Uint8Array>,
  mapping: Partial<ColumnMapping>,
  builder: EventLogBuilder,
  clock: ClockMode,
  delimiter?: string,
): Promise<void> {
  let tokenizer: CsvTokenizer | undefined;
  let sink: CsvRowSink | undefined;
  const onRecord = (record: CsvRecord, line: number) => {
    if (sink) return sink.add(record, line);
    sink = headerSink(record.texts(), mapping, builder, clock, line);
  };
  // Chunks are held (copied: a source may reuse its buffer) until the header line is whole, so
  // the delimiter is guessed from all of it.
  const head: Buffer[] = [];
  const start = () => {
    const bytes = Buffer.concat(head);
    tokenizer = new CsvTokenizer(delimiter || sniffDelimiter(bytes.toString("utf8").replace(/^\uFEFF/, "")), onRecord);
    tokenizer.write(bytes);
  };
  try {
    for await (const chunk of chunks) {
      if (tokenizer) {
        tokenizer.write(chunk);
        continue;
      }
      head.push(Buffer.from(chunk));
      if (chunk.includes(LF)) start();
    }
    if (!tokenizer && head.length > 0) start();
    tokenizer?.end();
  } catch (error) {
    // Errors of the source (a truncated gzip, a bomb) carry the line the tokenizer had reached.
    throw error instanceof EventLogError ? error.at({ line: (tokenizer?.linesRead ?? 0) + 1 }) : error;
  }
}

/** The sink for the rows under `header`; fails when a mapped column is absent. */
export function headerSink(header: string[], mapping: Partial<ColumnMapping>, builder: EventLogBuilder, clock: ClockMode, line = 1): CsvRowSink {
  const resolved = resolveColumns(header, mapping);
  if (!resolved.ok) throw new EventLogError("missing_column", `no ${resolved.role} column (looked for: ${resolved.wanted})`, { line, column: 1 });
  return new CsvRowSink(header, resolved.index, builder, clock);
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
