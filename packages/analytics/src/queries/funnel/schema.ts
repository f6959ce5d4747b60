import { z } from "zod";
import { queryShape } from "../query-base";

/**
 * `funnel`: how many cases reach each of an ordered list of steps, with ClickHouse
 * `windowFunnel` (default mode) semantics: a chain starts at an event of the first step, each
 * later step must follow inside `windowSeconds` of the chain's first event (inclusive); events
 * with equal timestamps are taken in step order. No window means no limit.
 */
export const funnelQuerySchema = z.object({
  ...queryShape("funnel"),
  /** Each step is an activity, or a list of activities any of which fills the step. */
  steps: z.array(z.union([z.string(), z.array(z.string()).min(1)])).min(1),
  windowSeconds: z.number().positive().optional(),
});
export type FunnelQuery = z.input<typeof funnelQuerySchema>;

export interface FunnelResult {
  steps: Array<{
    /** The step's activity (several are joined with " | "). */
    activity: string;
    /** Cases that reached at least this step. */
    cases: number;
    /** Median seconds from the previous step's event to this step's, over those cases (null for the first step or none). */
    medianSecondsFromPrevious: number | null;
  }>;
}
