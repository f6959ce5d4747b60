import type { ScanColumns, ScanKernel } from "./scan-kernel";
import { isShared, sharedArray } from "./shared-memory";
import { scanHelper, markScanHelperBroken } from "./scan-helper";

/** A kernel with the name the helper thread finds it by (see `scan-kernels.ts`). */
export interface NamedKernel<P> {
  readonly name: string;
  readonly run: ScanKernel<P>;
}

/** What the helper thread receives for one scan. */
export interface ScanMessage {
  kernel: string;
  columns: ScanColumns;
  params: unknown;
  /** Shared counters, indexed by the constants below. */
  state: Int32Array;
  chunks: number;
  cases: number;
}

/** Next chunk to take. */
export const NEXT_CHUNK = 0;
/** Participants (the helper only) between joining a scan and finishing its last chunk. */
export const IN_FLIGHT = 1;
/** Chunks the helper finished. */
export const HELPER_CHUNKS = 2;
/** Set when a kernel failed on the helper (its share of the results is then unusable). */
export const HELPER_FAILED = 3;

export interface ChunkedScanOptions {
  /** Chunks to cut the cases into (64 by default: enough for two threads to even out). */
  chunks?: number;
  /** Below this many events the calling thread scans alone: a message costs more than it saves. */
  minEvents?: number;
  /** How long to wait for the helper's last chunk before giving up on it (milliseconds). */
  helperTimeoutMs?: number;
  /**
   * Run the calling thread's share on a structured clone of the params (their typed arrays are
   * shared, so results still land in `params`): the objects the helper gets are such clones, and
   * the kernel warm-up passes through both shapes so neither thread's first real scan deoptimises
   * its kernel on an object shape it had not seen.
   */
  cloneParams?: boolean;
}

/** Scan results with the number of chunks the helper thread took. */
export interface ChunkedScanResult<P> {
  params: P;
  helperChunks: number;
}

/**
 * Runs `kernel` over every case, cut into chunks that the calling thread and a helper thread take
 * in turn from a shared counter (`Atomics`), so neither waits for the other: while the helper is
 * still starting, or busy, the caller takes every chunk. The caller then blocks (`Atomics.wait`,
 * allowed on Node's main thread) only while the helper finishes a chunk it took. Synchronous, so
 * queries stay plain functions. `makeParams` creates the output arrays — in shared memory — and
 * is called again for a rerun on the calling thread alone should the helper fail or stall.
 *
 * Invariant: a participant joins (IN_FLIGHT + 1) before it takes a chunk, so a caller that found
 * no chunk left and no participant in flight has every chunk's result.
 */
export function chunkedScan<P>(columns: ScanColumns, kernel: NamedKernel<P>, makeParams: () => P, options: ChunkedScanOptions = {}): ChunkedScanResult<P> {
  const cases = columns.caseStart.length - 1;
  const chunks = chunkCount(columns, options);
  const params = makeParams();
  const state = sharedArray(Int32Array, 4);
  const eligible = columns.activity.length >= (options.minEvents ?? 200_000) && isShared(columns.activity) && isShared(columns.time) && isShared(columns.caseStart);
  const helper = eligible ? scanHelper() : undefined;
  // Only the three columns: a log object would bring its case ids along, cloned string by string.
  const shared = scanColumnsOf(columns);
  if (helper) {
    const message: ScanMessage = { kernel: kernel.name, columns: shared, params, state, chunks, cases };
    helper.postMessage(message);
  }
  takeChunks(shared, kernel.run, options.cloneParams ? structuredClone(params) : params, state, chunks, cases, 0);
  if (!helper) return { params, helperChunks: 0 };
  const deadline = Date.now() + (options.helperTimeoutMs ?? 30_000);
  for (let inFlight = Atomics.load(state, IN_FLIGHT); inFlight > 0; inFlight = Atomics.load(state, IN_FLIGHT)) {
    if (Date.now() > deadline) break;
    Atomics.wait(state, IN_FLIGHT, inFlight, 100);
  }
  if (Atomics.load(state, IN_FLIGHT) > 0 || Atomics.load(state, HELPER_FAILED) !== 0) {
    markScanHelperBroken();
    return chunkedScan(columns, kernel, makeParams, { ...options, minEvents: Infinity });
  }
  return { params, helperChunks: Atomics.load(state, HELPER_CHUNKS) };
}

/**
 * The columns a kernel scans, always as an object of this one shape — whether they came from a
 * log read from a file, a copy of one, stored columns or a message — so the kernel's optimised
 * code meets a single object shape on each thread.
 */
export function scanColumnsOf(columns: ScanColumns): ScanColumns {
  return { activity: columns.activity, time: columns.time, caseStart: columns.caseStart };
}

/** The number of chunks a scan of `columns` is cut into (kernels with per-chunk outputs size them by it). */
export function chunkCount(columns: ScanColumns, options: ChunkedScanOptions = {}): number {
  return Math.max(1, Math.min(options.chunks ?? 64, columns.caseStart.length - 1));
}

/** Takes chunks until none is left; returns how many this participant did. */
export function takeChunks<P>(columns: ScanColumns, run: ScanKernel<P>, params: P, state: Int32Array, chunks: number, cases: number, participant: number): number {
  let taken = 0;
  for (;;) {
    const k = Atomics.add(state, NEXT_CHUNK, 1);
    if (k >= chunks) return taken;
    run(columns, params, participant, k, Math.floor((k * cases) / chunks), Math.floor(((k + 1) * cases) / chunks));
    taken++;
  }
}
