import { z } from "zod";

/** A metric a team tracks for a stage or the whole map, e.g. "Checkout conversion" 62 → 70 %. */
export const kpiSchema = z.strictObject({
  name: z.string().min(1).max(200),
  value: z.number().finite().optional(),
  target: z.number().finite().optional(),
  unit: z.string().max(40).optional(),
  /** ISO-8601 date of the measurement, so KPIs over time can be compared across versions. */
  measuredAt: z.string().max(40).optional(),
  source: z.string().max(500).optional(),
});
export type Kpi = z.infer<typeof kpiSchema>;
