import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { endianness } from "node:os";
import { join } from "node:path";
import type { AttributeColumn, EventLog } from "../log/event-log";
import { warmScanKernels } from "../parallel/kernel-warm-up";
import { prestartScanHelper } from "../parallel/scan-helper";
import { LogColumnsError } from "./log-columns-error";
import { ACTIVITY_FILE, attributeFile, CASE_IDS_FILE, CASE_START_FILE, LOG_COLUMNS_FORMAT, LOG_COLUMNS_VERSION, META_FILE, TIME_FILE, type LogColumnsMeta } from "./log-columns-format";

/**
 * Opens a log stored by `writeLogColumns`: the three columns every query reads (case offsets,
 * activities, times) are read at once into shared memory; case ids and attribute columns only
 * when first asked for (no query reads case ids; only segments read attributes). Checks the
 * format, version and every file's size against the counts in `meta.json`; any mismatch is a
 * {@link LogColumnsError}, never a wrong log.
 */
export function openLogColumns(dir: string): EventLog {
  const metaPath = join(dir, META_FILE);
  if (!existsSync(metaPath)) throw new LogColumnsError("missing_columns", `no stored columns at ${dir}`);
  if (endianness() !== "LE") throw new LogColumnsError("unsupported_columns", "columns are stored little-endian; this machine is big-endian");
  const meta = readMeta(metaPath);
  const caseStart = new Uint32Array(readShared(join(dir, CASE_START_FILE), (meta.cases + 1) * 4));
  const activityBuffer = readShared(join(dir, ACTIVITY_FILE), meta.events * meta.activityBytes);
  const activity = meta.activityBytes === 2 ? new Uint16Array(activityBuffer) : new Uint32Array(activityBuffer);
  const time = new Float64Array(readShared(join(dir, TIME_FILE), meta.events * 8));
  checkColumns(meta, caseStart, activity);
  // As after reading a large file (see readEventLog): the helper thread up, the kernels optimised.
  if (meta.events >= LARGE_LOG_EVENTS) {
    prestartScanHelper();
    warmScanKernels();
  }
  let caseIds: string[] | undefined;
  return {
    activityNames: meta.activityNames,
    get caseIds(): readonly string[] {
      caseIds ??= readCaseIds(join(dir, CASE_IDS_FILE), meta.cases);
      return caseIds;
    },
    caseStart,
    activity,
    time,
    attributes: new LazyAttributes(meta.attributes, (index) => new Int32Array(readShared(join(dir, attributeFile(index)), meta.events * 4))),
  };
}

/** What every query relies on: cases are non-empty runs ending at the event count, and every activity code names an activity. */
function checkColumns(meta: LogColumnsMeta, caseStart: Uint32Array, activity: Uint16Array | Uint32Array): void {
  if (caseStart[0] !== 0 || caseStart[meta.cases] !== meta.events) throw new LogColumnsError("corrupt_columns", "case offsets do not span the events");
  for (let c = 0; c < meta.cases; c++) if (caseStart[c + 1]! <= caseStart[c]!) throw new LogColumnsError("corrupt_columns", `case ${c} is empty or out of order`);
  const names = meta.activityNames.length;
  for (let i = 0; i < activity.length; i++) if (activity[i]! >= names) throw new LogColumnsError("corrupt_columns", `event ${i} has an unknown activity code`);
}

/** From this many events on, opening a log prepares the scans for it. */
const LARGE_LOG_EVENTS = 500_000;

function readMeta(path: string): LogColumnsMeta {
  let meta: LogColumnsMeta;
  try {
    meta = JSON.parse(readFileSync(path, "utf8")) as LogColumnsMeta;
  } catch {
    throw new LogColumnsError("corrupt_columns", "meta.json is not JSON");
  }
  if (meta.format !== LOG_COLUMNS_FORMAT) throw new LogColumnsError("corrupt_columns", "meta.json does not describe stored columns");
  if (meta.version !== LOG_COLUMNS_VERSION) throw new LogColumnsError("unsupported_columns", `columns of version ${meta.version}, this reader knows ${LOG_COLUMNS_VERSION}`);
  const count = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0;
  if (!count(meta.events) || !count(meta.cases) || (meta.activityBytes !== 2 && meta.activityBytes !== 4) || !Array.isArray(meta.activityNames) || !Array.isArray(meta.attributes)) {
    throw new LogColumnsError("corrupt_columns", "meta.json lacks counts or dictionaries");
  }
  return meta;
}

/** The whole file, which must be exactly `bytes` long, in a SharedArrayBuffer (see `shared-memory.ts`). */
function readShared(path: string, bytes: number): SharedArrayBuffer {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    throw new LogColumnsError("corrupt_columns", `${path} is missing`);
  }
  try {
    const size = fstatSync(fd).size;
    if (size !== bytes) throw new LogColumnsError("corrupt_columns", `${path} holds ${size} bytes, ${bytes} expected`);
    const buffer = new SharedArrayBuffer(bytes);
    const view = new Uint8Array(buffer);
    for (let at = 0; at < bytes; ) {
      const n = readSync(fd, view, at, Math.min(bytes - at, 1 << 30), at);
      if (n <= 0) throw new LogColumnsError("corrupt_columns", `${path} ended early`);
      at += n;
    }
    return buffer;
  } finally {
    closeSync(fd);
  }
}

function readCaseIds(path: string, cases: number): string[] {
  let ids: unknown;
  try {
    ids = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    throw new LogColumnsError("corrupt_columns", `${path} is missing or not JSON`);
  }
  if (!Array.isArray(ids) || ids.length !== cases || !ids.every((id) => typeof id === "string")) throw new LogColumnsError("corrupt_columns", `${path} does not hold ${cases} case ids`);
  return ids as string[];
}

/** Attribute columns by key, each read from its file the first time it is asked for. */
class LazyAttributes implements ReadonlyMap<string, AttributeColumn> {
  private readonly loaded = new Map<string, AttributeColumn>();
  private readonly index: Map<string, number>;

  constructor(
    private readonly dictionaries: LogColumnsMeta["attributes"],
    private readonly readCodes: (index: number) => Int32Array,
  ) {
    this.index = new Map(dictionaries.map((d, i) => [d.key, i]));
  }

  get size(): number {
    return this.index.size;
  }

  has(key: string): boolean {
    return this.index.has(key);
  }

  get(key: string): AttributeColumn | undefined {
    const i = this.index.get(key);
    if (i === undefined) return undefined;
    let column = this.loaded.get(key);
    if (!column) this.loaded.set(key, (column = { values: this.dictionaries[i]!.values, codes: this.readCodes(i) }));
    return column;
  }

  *entries(): MapIterator<[string, AttributeColumn]> {
    for (const key of this.index.keys()) yield [key, this.get(key)!];
  }

  keys(): MapIterator<string> {
    return this.index.keys();
  }

  *values(): MapIterator<AttributeColumn> {
    for (const key of this.index.keys()) yield this.get(key)!;
  }

  forEach(callback: (value: AttributeColumn, key: string, map: ReadonlyMap<string, AttributeColumn>) => void): void {
    for (const key of this.index.keys()) callback(this.get(key)!, key, this);
  }

  [Symbol.iterator](): MapIterator<[string, AttributeColumn]> {
    return this.entries();
  }
}
