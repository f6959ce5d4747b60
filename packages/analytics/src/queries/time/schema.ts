import { z } from "zod";
import { queryShape } from "../query-base";

/**
 * `time`: where time goes. An activity's duration is the time from its event to the next event
 * of the same case (the last event of a case has none); a transition's is the time between the
 * two events; a case's is from its first to its last event. Quantiles interpolate linearly.
 */
export const timeQuerySchema = z.object({ ...queryShape("time") });
export type TimeQuery = z.input<typeof timeQuerySchema>;

export interface DurationSummary {
  count: number;
  meanSeconds: number;
  medianSeconds: number;
  p90Seconds: number;
}

export interface TimeResult {
  /** By activity in code-point order. */
  activities: Array<{ activity: string } & DurationSummary>;
  /** By from, then to, in code-point order. */
  transitions: Array<{ from: string; to: string } & DurationSummary>;
  cases: DurationSummary & {
    minSeconds: number;
    p25Seconds: number;
    p75Seconds: number;
    maxSeconds: number;
    /** Cases per duration band: up to 1 min, 10 min, 1 h, 6 h, 1 d, 7 d, 30 d, and beyond (null). */
    histogram: Array<{ upToSeconds: number | null; cases: number }>;
  };
}
