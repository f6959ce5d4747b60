import { z } from "zod";
import type { Card } from "../records/card";
import type { Step } from "../records/step";

/**
 * Where a finding is, so the web app can jump to it: the JSON Pointer of the record the finding is
 * about, plus the grid coordinates it sits at (stage, step, lane) and the ids of what it names.
 * Only the fields that apply are present; `pointer` always is.
 */
export const locationSchema = z.strictObject({
  pointer: z.string(),
  stageId: z.string().optional(),
  stepId: z.string().optional(),
  laneId: z.string().optional(),
  cellId: z.string().optional(),
  cardId: z.string().optional(),
  personaId: z.string().optional(),
  touchpointId: z.string().optional(),
  emotionId: z.string().optional(),
});
export type Location = z.infer<typeof locationSchema>;

/**
 * JSON Pointer of a record (or a field of it): `pointerTo("cells", "cell:a~b")` is
 * `/cells/cell:a~0b`. Same escaping as `toPointer` (RFC 6901), without its array and regular
 * expressions: analyses build hundreds of pointers per run and most ids need no escaping.
 */
export function pointerTo(...segments: string[]): string {
  let out = "";
  for (const s of segments) out += "/" + (s.includes("~") || s.includes("/") ? s.replaceAll("~", "~0").replaceAll("/", "~1") : s);
  return out;
}

/** The location of a step's column. */
export function stepLocation(step: Pick<Step, "id" | "stageId">, pointer = pointerTo("steps", step.id)): Location {
  return { pointer, stageId: step.stageId, stepId: step.id };
}

/** The location of a card; a card at a stage has no step, so its stage comes from the card. */
export function cardLocation(card: Card, stageOfStep: (stepId: string) => string | undefined): Location {
  const stageId = card.stageId ?? (card.stepId ? stageOfStep(card.stepId) : undefined);
  const loc: Location = { pointer: pointerTo("cards", card.id), laneId: card.laneId, cardId: card.id };
  if (stageId) loc.stageId = stageId;
  if (card.stepId) loc.stepId = card.stepId;
  return loc;
}
