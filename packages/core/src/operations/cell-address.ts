import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema, isId, type LaneId, type StageId, type StepId } from "../records/ids";
import type { OperationError } from "../patch/operation-result";

/** A cell is addressed by its lane and a step (one column) or a stage (spanning the stage). */
export const cellAtSchema = z.union([idSchema("step"), idSchema("stage")]);

export type CellAddress = { laneId: LaneId; stepId: StepId; stageId?: undefined } | { laneId: LaneId; stageId: StageId; stepId?: undefined };

/** The lane and step or stage of a cell, checked to exist; the fields a cell or card record takes. */
export function resolveCellAddress(doc: JourneyDocument, laneId: LaneId, at: StepId | StageId): { ok: true; address: CellAddress } | { ok: false; error: OperationError } {
  if (!doc.lanes[laneId]) return { ok: false, error: { code: "not_found", message: `lane ${laneId} does not exist` } };
  if (isId("step", at)) {
    if (!doc.steps[at]) return { ok: false, error: { code: "not_found", message: `step ${at} does not exist` } };
    return { ok: true, address: { laneId, stepId: at } };
  }
  if (!doc.stages[at]) return { ok: false, error: { code: "not_found", message: `stage ${at} does not exist` } };
  return { ok: true, address: { laneId, stageId: at } };
}
