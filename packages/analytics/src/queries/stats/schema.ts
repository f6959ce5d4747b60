import { z } from "zod";
import { queryShape } from "../query-base";

/** `stats`: the size and shape of the log. */
export const statsQuerySchema = z.object({ ...queryShape("stats") });
export type StatsQuery = z.input<typeof statsQuerySchema>;

export interface StatsResult {
  events: number;
  cases: number;
  /** Distinct activities that occur. */
  activities: number;
  /** Distinct activity sequences over cases. */
  variants: number;
  /** Activity → number of cases starting (ending) with it; larger counts first. */
  start: Record<string, number>;
  end: Record<string, number>;
  /** First and last timestamps, ISO-8601 UTC with milliseconds (null for an empty log). */
  from: string | null;
  to: string | null;
}
