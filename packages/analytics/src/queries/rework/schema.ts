import { z } from "zod";
import { queryShape } from "../query-base";

/** `rework`: activities that happen more than once in the same case. */
export const reworkQuerySchema = z.object({ ...queryShape("rework") });
export type ReworkQuery = z.input<typeof reworkQuerySchema>;

export interface ReworkResult {
  /** Cases in which at least one activity repeats. */
  casesWithRework: number;
  cases: number;
  /**
   * Per repeated activity: cases where it repeats, and repetitions (occurrences beyond the first,
   * summed over cases). Ordered by cases desc, then activity in code-point order.
   */
  activities: Array<{ activity: string; cases: number; repetitions: number }>;
}
