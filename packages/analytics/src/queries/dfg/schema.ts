import { z } from "zod";
import { queryShape } from "../query-base";

/** `dfg`: the directly-follows graph — every pair of consecutive activities inside a case. */
export const dfgQuerySchema = z.object({ ...queryShape("dfg") });
export type DfgQuery = z.input<typeof dfgQuerySchema>;

export interface DfgEdge {
  from: string;
  to: string;
  count: number;
  /** Seconds between the two events: mean, and median (mean of the two middle values for an even count). */
  meanSeconds: number;
  medianSeconds: number;
}

export interface DfgResult {
  /** Ordered by `from`, then `to`, in code-point order. */
  edges: DfgEdge[];
  start: Record<string, number>;
  end: Record<string, number>;
}
