import { z } from "zod";
import { queryShape } from "../query-base";

/** `variants`: distinct activity sequences, most frequent first; `top` keeps the first N. */
export const variantsQuerySchema = z.object({ ...queryShape("variants"), top: z.number().int().positive().optional() });
export type VariantsQuery = z.input<typeof variantsQuerySchema>;

export interface VariantsResult {
  /** Number of distinct variants (before `top`). */
  total: number;
  /** By count desc; ties by activity lists element by element in code-point order, shorter prefix first. */
  variants: Array<{ activities: string[]; count: number }>;
}
