import { z } from "zod";
import { toPointer } from "../document/document-issue";
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

/** The location of a step's column. */
export function stepLocation(step: Pick<Step, "id" | "stageId">): Location {
  return { pointer: toPointer(["steps", step.id]), stageId: step.stageId, stepId: step.id };
}

/** The location of a card; a card at a stage has no step, so its stage comes from the card. */
export function cardLocation(card: Card, stageOfStep: (stepId: string) => string | undefined): Location {
  const stageId = card.stageId ?? (card.stepId ? stageOfStep(card.stepId) : undefined);
  const loc: Location = { pointer: toPointer(["cards", card.id]), laneId: card.laneId, cardId: card.id };
  if (stageId) loc.stageId = stageId;
  if (card.stepId) loc.stepId = card.stepId;
  return loc;
}
