import type { ActivityCodes } from "../log/event-log";

/** The columns a scan reads: those of an `EventLog`, in shared memory when a helper thread takes part. */
export interface ScanColumns {
  readonly activity: ActivityCodes;
  readonly time: Float64Array;
  readonly caseStart: Uint32Array;
}

/**
 * One share of a chunked scan: the cases `[fromCase, toCase)`, which form chunk `chunk`, done by
 * `participant` (0: the calling thread, 1: the helper). Kernels write only into typed arrays of
 * `params` — into the participant's or the chunk's own region, so the two threads never write
 * the same element — and must give the same result whichever participant takes a chunk.
 */
export type ScanKernel<P> = (columns: ScanColumns, params: P, participant: number, chunk: number, fromCase: number, toCase: number) => void;
