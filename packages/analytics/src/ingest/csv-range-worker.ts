/**
 * Worker-thread entry of parallel CSV ingest: parses the lines that start inside
 * `[start, end)` of a file into an {@link EventLogBuilder} and posts the encoded part back.
 * Reports `fallback` when it meets a quote (a quoted field might cross the range boundary) and
 * `failed` on any bad row, so the main thread re-reads sequentially and reports exact positions.
 */
import { createReadStream } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { parentPort, workerData } from "node:worker_threads";
import { EventLogBuilder } from "../log/event-log-builder";
import { addRow } from "./csv-reader";
import { parseTimestamp, type ClockMode } from "./timestamp";

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

class QuoteFound extends Error {}

async function parseRange(task: RangeTask): Promise<RangeMessage> {
  const builder = new EventLogBuilder();
  const parseTime = (text: string) => parseTimestamp(text, task.clock);
  const decoder = new StringDecoder("utf8");
  // Start one byte early: if that byte is a newline, the line at `start` is ours.
  let position = task.start - 1;
  let pending = "";
  let skipping = true;
  let sinceProgress = 0;
  const onLine = (line: string) => {
    if (line.includes('"')) throw new QuoteFound();
    const body = line.endsWith("\r") ? line.slice(0, -1) : line;
    if (body !== "") addRow(builder, task.header, task.index, body.split(task.delimiter), 0, parseTime);
  };
  try {
    for await (const chunk of createReadStream(task.path, { start: position, highWaterMark: 1 << 20 })) {
      const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      let text = pending + decoder.write(bytes);
      let at = 0;
      if (skipping) {
        const nl = text.indexOf("\n");
        if (nl < 0) {
          position += Buffer.byteLength(text);
          continue;
        }
        position += Buffer.byteLength(text.slice(0, nl + 1));
        at = nl + 1;
        skipping = false;
      }
      for (let nl = text.indexOf("\n", at); nl >= 0 && position < task.end; nl = text.indexOf("\n", at)) {
        const line = text.slice(at, nl);
        onLine(line);
        position += Buffer.byteLength(line) + 1;
        at = nl + 1;
      }
      if (position >= task.end) return { kind: "done", part: builder.exportPart() };
      text = text.slice(at);
      pending = text;
      sinceProgress += bytes.length;
      if (sinceProgress > 8 << 20) {
        parentPort?.postMessage({ kind: "progress", bytes: sinceProgress } satisfies RangeMessage);
        sinceProgress = 0;
      }
    }
    if (pending !== "" && position < task.end) onLine(pending);
    return { kind: "done", part: builder.exportPart() };
  } catch (error) {
    if (error instanceof QuoteFound) return { kind: "fallback" };
    return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
  }
}

if (parentPort && workerData) {
  const message = await parseRange(workerData);
  const buffers = message.kind === "done" ? [message.part.caseOf.buffer, message.part.activity.buffer, message.part.time.buffer, ...message.part.attributes.map((a) => a.codes.buffer)] : [];
  const transfer = buffers.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
  parentPort.postMessage(message, transfer);
}
