import { z } from "zod";
import { queryShape } from "../query-base";

/**
 * `predict`: what comes next after an activity (or after a sequence of them), from a Markov
 * model of order `order` that backs off to shorter contexts it has not seen.
 */
export const predictQuerySchema = z.object({
  ...queryShape("predict"),
  after: z.union([z.string(), z.array(z.string()).min(1)]),
  order: z.number().int().min(1).max(8).default(1),
});
export type PredictQuery = z.input<typeof predictQuerySchema>;

export interface PredictResult {
  after: string | string[];
  /** Next activity (null = the case ends) with its probability over all cases; most likely first, ties in code-point order, end last. */
  next: Array<{ activity: string | null; probability: number }>;
  /**
   * Share of next steps (end included) predicted right on held-out cases by a model trained on
   * the others: every fifth case in source order (the 5th, 10th, …) is held out. Null when no
   * case is held out.
   */
  accuracy: number | null;
}
