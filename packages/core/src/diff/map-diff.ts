import { z } from "zod";

/**
 * The contract of `diffMaps(a, b)`: what changed from map `a` to map `b`, records matched by id.
 * Printed by `kaart diff --json`. Names are taken from `b` when the record is in `b`, else from `a`,
 * so the text can be written without the documents.
 */
export const recordRefSchema = z.strictObject({ id: z.string(), name: z.string(), pointer: z.string() });

/** Where a record sits: its container (stage of a step; lane and step or stage of a card) and its index there. */
export const placeSchema = z.strictObject({
  stageId: z.string().optional(),
  stepId: z.string().optional(),
  laneId: z.string().optional(),
  index: z.number().int(),
});

export const tableDiffSchema = z.strictObject({
  added: z.array(recordRefSchema),
  removed: z.array(recordRefSchema),
  renamed: z.array(recordRefSchema.extend({ before: z.string(), after: z.string() })),
  moved: z.array(recordRefSchema.extend({ from: placeSchema, to: placeSchema })).describe("Container changed, or order key changed and the record's rank among siblings kept in both maps changed."),
  changed: z.array(recordRefSchema.extend({ fields: z.array(z.string()) })).describe("Other fields that differ (deep comparison), by name, in alphabetical order."),
});

export const emotionDeltaSchema = z.strictObject({
  id: z.string(),
  pointer: z.string(),
  stepId: z.string(),
  stepName: z.string(),
  personaId: z.string().nullable(),
  personaName: z.string().nullable(),
  variant: z.enum(["asIs", "toBe"]),
  before: z.number().nullable().describe("Raw scores on each map's own scale; null where the point does not exist."),
  after: z.number().nullable(),
  delta: z.number().nullable().describe("after − before on the raw scale; null when either side is missing."),
  normalisedDelta: z.number().nullable().describe("Difference of the normalised (0–1) scores, comparable even when the two maps' scales differ."),
  fields: z.array(z.string()).describe("Other fields of the point that differ: note, confidence, evidence."),
});

/** `before` / `after` are null where the field is absent (map fields are never null themselves). */
export const mapInfoChangeSchema = z.strictObject({ field: z.string(), before: z.unknown(), after: z.unknown() });

export const DIFF_TABLES = ["stages", "steps", "lanes", "cells", "cards", "personas", "touchpoints", "flows"] as const;

export const mapDiffSchema = z.strictObject({
  version: z.literal(1),
  identical: z.boolean(),
  map: z.array(mapInfoChangeSchema).describe("Fields of the map record that differ; `updatedAt` is left out (it changes on every save)."),
  stages: tableDiffSchema,
  steps: tableDiffSchema,
  lanes: tableDiffSchema,
  cells: tableDiffSchema,
  cards: tableDiffSchema,
  personas: tableDiffSchema,
  touchpoints: tableDiffSchema,
  flows: tableDiffSchema.describe("Flow edges between steps; they have no name and are never renamed or moved, only added, removed or changed."),
  emotions: z.array(emotionDeltaSchema),
});

export type MapDiff = z.infer<typeof mapDiffSchema>;
export type TableDiff = z.infer<typeof tableDiffSchema>;
export type RecordRef = z.infer<typeof recordRefSchema>;
export type Place = z.infer<typeof placeSchema>;
export type EmotionDelta = z.infer<typeof emotionDeltaSchema>;
export type MapInfoChange = z.infer<typeof mapInfoChangeSchema>;
export type DiffTable = (typeof DIFF_TABLES)[number];
