import { z } from "zod";

/**
 * The parts of analytics results these screens show, checked at the boundary (the API answers
 * queries as plain JSON objects). Unknown fields are allowed: the engine may add more.
 */
export const statsSchema = z.object({ events: z.number(), cases: z.number(), activities: z.number(), variants: z.number(), from: z.string().nullable(), to: z.string().nullable() });
export type StatsView = z.infer<typeof statsSchema>;

export const dfgSchema = z.object({ edges: z.array(z.object({ from: z.string(), to: z.string(), count: z.number(), medianSeconds: z.number() })), start: z.record(z.string(), z.number()), end: z.record(z.string(), z.number()) });
export type DfgView = z.infer<typeof dfgSchema>;

export const variantsSchema = z.object({ total: z.number(), variants: z.array(z.object({ activities: z.array(z.string()), count: z.number() })) });
export type VariantsView = z.infer<typeof variantsSchema>;
