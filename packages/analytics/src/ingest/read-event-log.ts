import { closeSync, openSync, readSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { EventLog } from "../log/event-log";
import { EventLogBuilder } from "../log/event-log-builder";
import { XES_MAPPING, type ColumnMapping } from "./column-mapping";
import { readDelimited } from "./csv-reader";
import { EventLogError } from "./event-log-error";
import { readJsonLines } from "./jsonl-reader";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./read-limits";
import { byteChunks, textChunks, type LogInput, type ProgressListener } from "./text-source";
import { parseTimestamp, type ClockMode } from "./timestamp";
import { readDelimitedInParallel } from "./parallel-delimited";
import { readXes } from "./xes-reader";
import { warmScanKernels } from "../parallel/kernel-warm-up";
import { prestartScanHelper } from "../parallel/scan-helper";

/** From this input size on, the scan helper thread starts while the log is read, so the first query finds it up. */
const PRESTART_HELPER_BYTES = 16 * 1024 * 1024;

export const LOG_FORMATS = ["xes", "csv", "jsonl", "parquet", "xlsx"] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface ReadEventLogOptions {
  /** Format; guessed from the file name (`.xes`, `.xes.gz`, `.csv`, `.tsv`, `.jsonl`, `.parquet`, `.xlsx`, …) or the first bytes. */
  format?: LogFormat;
  /** Field names for case, activity and timestamp (XES: attribute keys; defaults per format). */
  columns?: Partial<ColumnMapping>;
  /** Delimiter of a delimited text log; guessed from the header when absent. */
  delimiter?: string;
  limits?: Partial<ReadLimits>;
  /** `utc` (default) applies UTC offsets; `local` keeps wall-clock readings (see {@link ClockMode}). */
  clock?: ClockMode;
  /**
   * Worker threads for plain CSV files of `parallelMinBytes` or more: by default two, or one
   * (the calling thread alone) on a machine with a single core. 1 reads on the calling thread.
   * Over a day's benchmark runs on 10 M events, two workers read in 0.61–0.94 of DuckDB's time
   * where one thread took 0.69–1.20, and left as much memory resident (20–22 bytes per event)
   * once their parts reached the merge as shared views and the merge reserved its columns.
   */
  threads?: number;
  /** Called as bytes are read, e.g. to draw a progress bar. */
  onProgress?: ProgressListener;
  /** Name shown in error positions; defaults to the path. */
  fileName?: string;
}

/**
 * Reads an event log (XES, CSV/TSV or JSON Lines, gzipped or not; Parquet; XLSX) from a path or
 * bytes into the canonical columnar {@link EventLog}. Streams the input; fails with an
 * {@link EventLogError} whose position names the file, line and column.
 *
 * @example
 * const log = await readEventLog("../shared/datasets/running-example.xes");
 * runQuery(log, { kind: "stats", version: 1 }); // { events: 42, cases: 6, … }
 */
export async function readEventLog(input: LogInput, options: ReadEventLogOptions = {}): Promise<EventLog> {
  const file = options.fileName ?? (typeof input === "string" ? input : undefined);
  const large = inputSize(input) >= PRESTART_HELPER_BYTES;
  if (large) prestartScanHelper();
  try {
    const log = await readLog(input, options, file);
    if (large) warmScanKernels();
    return log;
  } catch (error) {
    if (error instanceof EventLogError) throw error.at(file === undefined ? {} : { file });
    throw error;
  }
}

/** The read itself; {@link readEventLog} adds the file to error positions. */
async function readLog(input: LogInput, options: ReadEventLogOptions, file: string | undefined): Promise<EventLog> {
  const limits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  const format = options.format ?? formatFromName(file) ?? (await sniffFormat(input, limits));
  const builder = new EventLogBuilder();
  if (format === "parquet" || format === "xlsx") {
    await readBinaryTable(input, format, options, limits, builder, (text) => parseTimestamp(text, options.clock ?? "utc"));
    if (builder.size === 0) throw new EventLogError("empty_log", "the log holds no events");
    return builder.build();
  }
  const clock = options.clock ?? "utc";
  if (format === "csv" && typeof input === "string" && (await readsInParallel(input, options, limits))) {
    const parallel = { mapping: options.columns ?? {}, delimiter: options.delimiter, clock, threads: readerThreads(options), onProgress: options.onProgress };
    if (await readDelimitedInParallel(input, parallel, builder)) return builder.build();
  }
  const parseTime = (text: string) => parseTimestamp(text, clock);
  const delimiter = options.delimiter ?? (file && /\.tsv(\.gz)?$/i.test(file) ? "\t" : undefined);
  if (format === "xes") await readXes(textChunks(input, limits, options.onProgress), { ...XES_MAPPING, ...options.columns }, builder, parseTime);
  else if (format === "jsonl") await readJsonLines(textChunks(input, limits, options.onProgress), options.columns ?? {}, builder, parseTime);
  else await readDelimited(byteChunks(input, limits, options.onProgress), options.columns ?? {}, builder, clock, delimiter);
  if (builder.size === 0) throw new EventLogError("empty_log", "the log holds no events");
  return builder.build();
}

/** The format a file name implies, or undefined when its extension says nothing. */
export function formatFromName(name: string | undefined): LogFormat | undefined {
  if (!name) return undefined;
  const lower = name.toLowerCase().replace(/\.gz$/, "");
  if (lower.endsWith(".xes") || lower.endsWith(".xml")) return "xes";
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return "jsonl";
  if (lower.endsWith(".parquet")) return "parquet";
  if (lower.endsWith(".xlsx")) return "xlsx";
  if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) return "csv";
  return undefined;
}

/**
 * Parquet and XLSX are read whole-file by their libraries; the size limit is checked first.
 * The libraries load only when such a file comes: DuckDB's native module and exceljs took
 * 0.4–0.5 s to load, paid by every CSV or XES read (every `kaart events` command) before.
 */
async function readBinaryTable(
  input: LogInput,
  format: "parquet" | "xlsx",
  options: ReadEventLogOptions,
  limits: ReadLimits,
  builder: EventLogBuilder,
  parseTime: (text: string) => number,
): Promise<void> {
  const size = typeof input === "string" ? (statSync(input, { throwIfNoEntry: false })?.size ?? -1) : input.byteLength;
  if (size < 0) throw new EventLogError("file_not_found", "cannot read the file (does it exist?)");
  if (size > limits.maxBytes) throw new EventLogError("file_too_large", `input is ${size} bytes, over the limit of ${limits.maxBytes} (raise it with --max-bytes)`);
  if (format === "xlsx") return (await import("./xlsx-reader")).readXlsx(input, options.columns ?? {}, builder, parseTime);
  if (typeof input !== "string") throw new EventLogError("unsupported_format", "Parquet is read from a file path, not from bytes");
  return (await import("./parquet-reader")).readParquet(input, options.columns ?? {}, builder, parseTime);
}

/** The worker threads to read a large CSV file with (see {@link ReadEventLogOptions.threads}). */
function readerThreads(options: ReadEventLogOptions): number {
  return options.threads ?? Math.min(2, availableParallelism());
}

/** Parallel reading pays off for a large, plain (not gzipped) CSV file within the size limit. */
async function readsInParallel(input: string, options: ReadEventLogOptions, limits: ReadLimits): Promise<boolean> {
  if (readerThreads(options) < 2) return false;
  const size = statSync(input, { throwIfNoEntry: false })?.size ?? 0;
  if (size < limits.parallelMinBytes || size > limits.maxBytes) return false;
  const head = new Uint8Array(2);
  const fd = openSync(input, "r");
  try {
    readSync(fd, head, 0, 2, 0);
  } finally {
    closeSync(fd);
  }
  return !(head[0] === 0x1f && head[1] === 0x8b);
}

async function sniffFormat(input: LogInput, limits: ReadLimits): Promise<LogFormat> {
  for await (const chunk of textChunks(input, limits)) {
    const head = chunk.replace(/^\uFEFF/, "").trimStart();
    if (head.startsWith("<")) return "xes";
    if (head.startsWith("{")) return "jsonl";
    if (head.startsWith("PK")) return "xlsx";
    if (head.startsWith("PAR1")) return "parquet";
    return "csv";
  }
  return "csv";
}

/** Bytes of the input (0 for a path that cannot be read: the read itself reports why). */
function inputSize(input: LogInput): number {
  if (typeof input !== "string") return input.byteLength;
  try {
    return statSync(input).size;
  } catch {
    return 0;
  }
}
