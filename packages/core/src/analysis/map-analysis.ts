import { z } from "zod";
import { emotionScaleSchema } from "../records/emotion-scale";
import { analysisOptionsSchema } from "./analysis-options";
import { locationSchema } from "./location";

/**
 * The contract of `analyzeMap`'s result, printed by `kaart analyze --json` and read by the web app.
 * Scores called `normalised` are on 0 (the scale's minimum) to 1 (its maximum), 0.5 being neutral;
 * raw scores are on the map's own scale. Lists are ranked or in map order as each field says.
 */
const curveKey = { personaId: z.string().nullable() };

export const momentPeakSchema = z.strictObject({
  stepId: z.string(),
  score: z.number(),
  normalised: z.number(),
  load: z.number().describe("|normalised − 0.5| × 2: 0 at neutral, 1 at either end of the scale."),
  location: locationSchema,
});

export const momentDropSchema = z.strictObject({
  stepId: z.string(),
  fromStepId: z.string().describe("The previous step of the same curve that has a score."),
  drop: z.number().describe("Normalised fall: previous − this (positive means worse)."),
  location: locationSchema,
});

export const curveMomentsSchema = z.strictObject({
  ...curveKey,
  peaks: z.array(momentPeakSchema).describe("Steps tied for the largest emotional load, in column order; empty when the curve is all neutral."),
  drops: z.array(momentDropSchema).describe("Steps tied for the largest fall, in column order; empty when the curve never falls."),
});

export const flaggedMomentSchema = z.strictObject({ stepId: z.string(), why: z.string(), location: locationSchema });

export const painPointFindingSchema = z.strictObject({
  rank: z.number().int(),
  cardId: z.string(),
  title: z.string(),
  severity: z.number(),
  severityAssumed: z.boolean(),
  meanNormalised: z.number().nullable().describe("Mean normalised score of every curve at the card's step (or stage); null when nothing is scored."),
  priority: z.number().describe("severity / 5 × (1 − mean, or the unscored default)."),
  location: locationSchema,
});

export const GAP_KINDS = [
  "stageWithoutTouchpoints",
  "touchpointWithoutOwner",
  "stepWithoutEvidence",
  "personaWithoutCurve",
  "stepWithoutScore",
  "emptyLane",
] as const;

export const gapSchema = z.strictObject({
  kind: z.enum(GAP_KINDS),
  subjectId: z.string().describe("The id of the stage, step, touchpoint, persona or lane that has the gap."),
  message: z.string(),
  location: locationSchema,
});

const scoredValueSchema = z.strictObject({ id: z.string(), normalised: z.number(), location: locationSchema });

export const INCONSISTENCY_KINDS = ["touchpointAcrossSteps", "personasAtStep"] as const;

export const inconsistencySchema = z.strictObject({
  kind: z.enum(INCONSISTENCY_KINDS),
  subjectId: z.string().describe("The touchpoint (across steps) or the step (across personas)."),
  spread: z.number().describe("highest − lowest, normalised."),
  lowest: scoredValueSchema,
  highest: scoredValueSchema,
  values: z.array(scoredValueSchema).describe("Every value compared: per step (ids of steps) or per persona (ids of personas), in map order."),
  location: locationSchema,
});

export const QUADRANTS = ["quickWin", "majorProject", "fillIn", "thanklessTask", "unrated"] as const;

export const opportunityFindingSchema = z.strictObject({
  rank: z.number().int(),
  cardId: z.string(),
  kind: z.enum(["opportunity", "idea"]),
  title: z.string(),
  impact: z.number().nullable(),
  effort: z.number().nullable(),
  feasibility: z.number().nullable(),
  value: z.number().nullable().describe("impact × feasibility (1–25); null when impact or effort is missing."),
  quadrant: z.enum(QUADRANTS),
  status: z.string().nullable(),
  location: locationSchema,
});

export const mapAnalysisSchema = z.strictObject({
  version: z.literal(1),
  variant: z.enum(["asIs", "toBe"]),
  scale: emotionScaleSchema,
  settings: analysisOptionsSchema.required(),
  summary: z.strictObject({
    stages: z.number().int(),
    steps: z.number().int(),
    lanes: z.number().int(),
    personas: z.number().int(),
    cards: z.number().int(),
    emotionPoints: z.number().int(),
  }),
  moments: z.strictObject({ curves: z.array(curveMomentsSchema), flagged: z.array(flaggedMomentSchema) }),
  painPoints: z.array(painPointFindingSchema),
  gaps: z.array(gapSchema),
  inconsistencies: z.array(inconsistencySchema),
  opportunities: z.array(opportunityFindingSchema),
});

export type MapAnalysis = z.infer<typeof mapAnalysisSchema>;
export type CurveMoments = z.infer<typeof curveMomentsSchema>;
export type FlaggedMoment = z.infer<typeof flaggedMomentSchema>;
export type PainPointFinding = z.infer<typeof painPointFindingSchema>;
export type Gap = z.infer<typeof gapSchema>;
export type GapKind = Gap["kind"];
export type Inconsistency = z.infer<typeof inconsistencySchema>;
export type OpportunityFinding = z.infer<typeof opportunityFindingSchema>;
export type Quadrant = OpportunityFinding["quadrant"];
