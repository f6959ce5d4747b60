import { byOrder } from "../records/order-key";
import type { Stage } from "../records/stage";
import type { Step } from "../records/step";
import type { Lane } from "../records/lane";
import type { Card } from "../records/card";
import type { StageId, StepId, LaneId } from "../records/ids";
import type { JourneyDocument } from "./journey-document";

/** Stages in journey order. */
export function orderedStages(doc: Pick<JourneyDocument, "stages">): Stage[] {
  return Object.values(doc.stages).sort(byOrder);
}

/** Steps of one stage in order. */
export function stepsOfStage(doc: Pick<JourneyDocument, "steps">, stageId: StageId): Step[] {
  return Object.values(doc.steps)
    .filter((s) => s.stageId === stageId)
    .sort(byOrder);
}

/** Every step in column order: stage by stage, step by step. */
export function orderedSteps(doc: Pick<JourneyDocument, "stages" | "steps">): Step[] {
  return orderedStages(doc).flatMap((stage) => stepsOfStage(doc, stage.id));
}

/** Lanes in row order. */
export function orderedLanes(doc: Pick<JourneyDocument, "lanes">): Lane[] {
  return Object.values(doc.lanes).sort(byOrder);
}

/** Cards of the cell at (lane, step or stage), in order. */
export function cardsAt(doc: Pick<JourneyDocument, "cards">, laneId: LaneId, at: StepId | StageId): Card[] {
  return Object.values(doc.cards)
    .filter((c) => c.laneId === laneId && (c.stepId === at || c.stageId === at))
    .sort(byOrder);
}
