import {
  cardsAt,
  orderedLanes,
  orderedStages,
  orderedSteps,
  stepsOfStage,
  type Card,
  type JourneyDocument,
  type MoveCardArgs,
  type MoveLaneArgs,
  type MoveStageArgs,
  type MoveStepArgs,
} from "@kaart/core";

/** One place earlier (-1) or later (+1) in reading order: left to right, or right to left in a right-to-left map. */
export type Shift = -1 | 1;

interface Ordered {
  id: string;
}

/**
 * The position that puts `id` one place further along `list`: after its next sibling, or before its
 * previous one. Undefined at the ends, where the menu item is disabled and the shortcut does nothing.
 */
function besideNeighbour<T extends Ordered>(list: T[], id: string, shift: Shift): { before: T["id"] } | { after: T["id"] } | undefined {
  const at = list.findIndex((r) => r.id === id);
  const neighbour = at < 0 ? undefined : list[at + shift];
  if (!neighbour) return undefined;
  return shift > 0 ? { after: neighbour.id } : { before: neighbour.id };
}

export function stageShift(doc: JourneyDocument, stageId: MoveStageArgs["stageId"], shift: Shift): MoveStageArgs | undefined {
  const position = besideNeighbour(orderedStages(doc), stageId, shift);
  return position && { stageId, position };
}

export function laneShift(doc: JourneyDocument, laneId: MoveLaneArgs["laneId"], shift: Shift): MoveLaneArgs | undefined {
  const position = besideNeighbour(orderedLanes(doc), laneId, shift);
  return position && { laneId, position };
}

/**
 * Within its stage while it has a neighbour there; at the stage's edge, into the neighbouring stage
 * (at its end when moving earlier, at its start when moving later), so a step can walk the whole map.
 */
export function stepShift(doc: JourneyDocument, stepId: MoveStepArgs["stepId"], shift: Shift): MoveStepArgs | undefined {
  const step = doc.steps[stepId];
  if (!step) return undefined;
  const inStage = besideNeighbour(stepsOfStage(doc, step.stageId), stepId, shift);
  if (inStage) return { stepId, position: inStage };
  const stages = orderedStages(doc);
  const stage = stages[stages.findIndex((s) => s.id === step.stageId) + shift];
  if (!stage) return undefined;
  const first = stepsOfStage(doc, stage.id)[0];
  return shift < 0 || !first ? { stepId, stageId: stage.id } : { stepId, stageId: stage.id, position: { before: first.id } };
}

/** Up or down among the cards of its cell. */
export function cardShiftInCell(doc: JourneyDocument, card: Card, shift: Shift): MoveCardArgs | undefined {
  const position = besideNeighbour(cardsAt(doc, card.laneId, card.stepId ?? card.stageId!), card.id, shift);
  return position && { cardId: card.id, position };
}

/** To the same lane's cell at the previous or next step (at the end of its cards). */
export function cardShiftAcrossSteps(doc: JourneyDocument, card: Card, shift: Shift): MoveCardArgs | undefined {
  if (!card.stepId) return undefined;
  const steps = orderedSteps(doc);
  const step = steps[steps.findIndex((s) => s.id === card.stepId) + shift];
  return step && { cardId: card.id, at: step.id };
}
