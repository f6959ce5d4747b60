import type { TFunction } from "i18next";
import type { JourneyDocument } from "@kaart/core";
import { placeOfCard, placeOfLane, placeOfStage, placeOfStep } from "./place-of";

/** A record's name as the grid shows it (its translation in the shown language, else its source text). */
export type NameOf = (doc: JourneyDocument, recordId: string, source: string) => string;

/**
 * The live-region sentences after a move, e.g. "Stage “Purchase” moved to position 3 of 7".
 * Counted from the document after the move, so they say where the record really is.
 */
export function stageMovedMessage(t: TFunction, doc: JourneyDocument, stageId: string, name: string): string {
  const { position, count } = placeOfStage(doc, stageId);
  return t("reorder.stageMoved", { name, position, count });
}

export function laneMovedMessage(t: TFunction, doc: JourneyDocument, laneId: string, name: string): string {
  const { position, count } = placeOfLane(doc, laneId);
  return t("reorder.laneMoved", { name, position, count });
}

/** Names the stage too, since a step may have crossed into another one. */
export function stepMovedMessage(t: TFunction, doc: JourneyDocument, stepId: string, name: string, nameOf: NameOf): string {
  const { position, count } = placeOfStep(doc, stepId);
  const stage = doc.stages[doc.steps[stepId]?.stageId ?? ""];
  const stageName = stage ? nameOf(doc, stage.id, stage.name) || t("editor.unnamed") : "";
  return t("reorder.stepMoved", { name, stage: stageName, position, count });
}

/** Names the step of the card's cell, which changes when the card goes to another step. */
export function cardMovedMessage(t: TFunction, doc: JourneyDocument, cardId: string, name: string, nameOf: NameOf): string {
  const { position, count } = placeOfCard(doc, cardId);
  const card = doc.cards[cardId];
  const step = card?.stepId ? doc.steps[card.stepId] : undefined;
  const stepName = step ? nameOf(doc, step.id, step.name) || t("editor.unnamed") : "";
  return t("reorder.cardMoved", { name, step: stepName, position, count });
}
