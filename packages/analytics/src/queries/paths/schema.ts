import { z } from "zod";
import { queryShape } from "../query-base";

/**
 * `paths`: a positional Sankey of the first `steps` activities of each case — from the case's
 * first event, or from its first `from` event when given (cases without it are left out).
 */
export const pathsQuerySchema = z.object({
  ...queryShape("paths"),
  steps: z.number().int().positive().max(1000),
  from: z.string().optional(),
});
export type PathsQuery = z.input<typeof pathsQuerySchema>;

export interface PathsResult {
  /** Ordered by position, then cases desc, then activity in code-point order. Positions start at 1. */
  nodes: Array<{ position: number; activity: string; cases: number }>;
  /** From position p to p + 1; ordered by position, cases desc, then from/to in code-point order. */
  edges: Array<{ fromPosition: number; from: string; to: string; cases: number }>;
}
