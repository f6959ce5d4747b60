import { cardsAt, orderedLanes, orderedStages, stepsOfStage, type JourneyDocument } from "@kaart/core";

/** Where a record stands among its siblings, counted from 1, for "moved to position 3 of 7". */
export interface Place {
  position: number;
  count: number;
}

function placeIn(list: { id: string }[], id: string): Place {
  return { position: list.findIndex((r) => r.id === id) + 1, count: list.length };
}

export const placeOfStage = (doc: JourneyDocument, id: string): Place => placeIn(orderedStages(doc), id);
export const placeOfLane = (doc: JourneyDocument, id: string): Place => placeIn(orderedLanes(doc), id);

/** Among the steps of its own stage. */
export function placeOfStep(doc: JourneyDocument, id: string): Place {
  const step = doc.steps[id];
  return step ? placeIn(stepsOfStage(doc, step.stageId), id) : { position: 0, count: 0 };
}

/** Among the cards of its cell. */
export function placeOfCard(doc: JourneyDocument, id: string): Place {
  const card = doc.cards[id];
  return card ? placeIn(cardsAt(doc, card.laneId, card.stepId ?? card.stageId!), id) : { position: 0, count: 0 };
}
