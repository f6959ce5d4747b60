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

export const pathsSchema = z.object({
  nodes: z.array(z.object({ position: z.number(), activity: z.string(), cases: z.number() })),
  edges: z.array(z.object({ fromPosition: z.number(), from: z.string(), to: z.string(), cases: z.number() })),
});
export type PathsView = z.infer<typeof pathsSchema>;

export const funnelSchema = z.object({ steps: z.array(z.object({ activity: z.string(), cases: z.number(), medianSecondsFromPrevious: z.number().nullable() })) });
export type FunnelView = z.infer<typeof funnelSchema>;

const duration = { count: z.number(), meanSeconds: z.number(), medianSeconds: z.number(), p90Seconds: z.number() };
export const timeSchema = z.object({
  activities: z.array(z.object({ activity: z.string(), ...duration })),
  cases: z.object(duration),
});
export type TimeView = z.infer<typeof timeSchema>;

export const predictSchema = z.object({ next: z.array(z.object({ activity: z.string().nullable(), probability: z.number() })), accuracy: z.number().nullable() });
export type PredictView = z.infer<typeof predictSchema>;
