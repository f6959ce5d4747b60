import { z } from "zod";

/**
 * Fractional-index keys order stages, steps, lanes and cards. Two users inserting at the same
 * place get different keys and both inserts survive a merge; sort by (key, id) for a total order.
 */
export const orderKeySchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[0-9A-Za-z]+$/, { message: "an order key is a fractional-index key (letters and digits)" });

/** Compare two records by order key, then id, so equal keys from concurrent inserts still sort stably. */
export function byOrder(a: { order: string; id: string }, b: { order: string; id: string }): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
