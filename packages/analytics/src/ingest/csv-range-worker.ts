/**
 * Worker-thread entry of parallel CSV ingest: parses the bytes `[start, end)` of a file (whole
 * lines: the main thread cut at newlines) into an {@link EventLogBuilder} and posts the part back.
 * Reports `fallback` when it meets a quote (a quoted field might cross the range boundary) and
 * `failed` on any bad row, so the main thread re-reads sequentially and reports exact positions.
 */
import { parentPort, workerData } from "node:worker_threads";
import { EventLogBuilder } from "../log/event-log-builder";
import { CsvRowSink } from "./csv-row-sink";
import { CsvTokenizer } from "./csv-tokenizer";
import { fileRangeChunks } from "./text-source";
import type { ClockMode } from "./timestamp";

export interface RangeTask {
  path: string;
  start: number;
  end: number;
  delimiter: string;
  header: string[];
  index: { case: number; activity: number; timestamp: number };
  clock: ClockMode;
}

export type RangeMessage =
  | { kind: "progress"; bytes: number }
  | { kind: "done"; part: ReturnType<EventLogBuilder["exportPart"]> }
  | { kind: "fallback" }
  | { kind: "failed"; message: string };

async function parseRange(task: RangeTask): Promise<RangeMessage> {
  const builder = new EventLogBuilder();
  const sink = new CsvRowSink(task.header, task.index, builder, task.clock);
  // Lines are not counted here: a bad row sends the file back to the sequential reader.
  const tokenizer = new CsvTokenizer(task.delimiter, (record) => sink.add(record, 0));
  let sinceProgress = 0;
  try {
    if (task.end > task.start) {
      for await (const bytes of fileRangeChunks(task.path, task.start, task.end)) {
        if (bytes.includes(34)) return { kind: "fallback" };
        tokenizer.write(bytes);
        sinceProgress += bytes.length;
        if (sinceProgress > 8 << 20) {
          parentPort?.postMessage({ kind: "progress", bytes: sinceProgress } satisfies RangeMessage);
          sinceProgress = 0;
        }
      }
    }
    tokenizer.end();
    return { kind: "done", part: builder.exportPart() };
  } catch (error) {
    return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
  }
}

if (parentPort && workerData) {
  const message = await parseRange(workerData);
  const buffers = message.kind === "done" ? [message.part.caseOf.buffer, message.part.activity.buffer, message.part.time.buffer, ...message.part.attributes.map((a) => a.codes.buffer)] : [];
  const transfer = buffers.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
  parentPort.postMessage(message, transfer);
}
