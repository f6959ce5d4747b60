import { z } from "zod";

/**
 * The knobs of `analyzeMap`, validated because they may come from a command line or a URL.
 * Every default is documented with its reasoning in docs/analysis.md; change both together.
 */
export const analysisOptionsSchema = z.strictObject({
  /** Which curve to read: the experience today (`asIs`) or the one designed (`toBe`). */
  variant: z.enum(["asIs", "toBe"]).default("asIs"),
  /** Spread on the normalised 0–1 scale at or above which scores are inconsistent (0.5 = half the scale). */
  inconsistencyThreshold: z.number().min(0).max(1).default(0.5),
  /** Normalised mean assumed at a step with no score when ranking pain points (0.5 = neutral). */
  unscoredNormalised: z.number().min(0).max(1).default(0.5),
  /** Severity assumed for a pain point without one (the middle of 1–5). */
  defaultSeverity: z.number().int().min(1).max(5).default(3),
  /** Impact and feasibility at or above these are "high" in the opportunity quadrants. */
  quadrantCut: z
    .strictObject({ impact: z.number().min(1).max(5).default(3), feasibility: z.number().min(1).max(5).default(3) })
    .default({ impact: 3, feasibility: 3 }),
  /** Keep cards whose status is `done` or `dropped` in the pain-point and opportunity rankings. */
  includeClosed: z.boolean().default(false),
});
export type AnalysisOptionsInput = z.input<typeof analysisOptionsSchema>;
export type AnalysisSettings = z.output<typeof analysisOptionsSchema>;
