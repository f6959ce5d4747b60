import type { JourneyDocument, MoveLaneArgs, MoveStageArgs, MoveStepArgs } from "@kaart/core";
import type { HeaderTarget } from "./header-target";
import { positionBeside, type DropSide } from "./drop-side";

/** Where a drop lands on a header: beside it, or (a step on a stage header) inside the stage, at its end. */
export type HeaderDropWhere = DropSide | "inside";

/** The move a drop on a header asks for, as the arguments of its core operation. */
export type HeaderDrop = { kind: "stage"; args: MoveStageArgs } | { kind: "step"; args: MoveStepArgs } | { kind: "lane"; args: MoveLaneArgs };

const find = <R extends { id: string }>(table: Record<string, R>, id: string | undefined) => Object.values(table).find((r) => r.id === id);

/**
 * The move for `draggedId` dropped `where` on the header of `target`, or undefined when there is
 * nothing to do: the id is not a record of this map (a drag from elsewhere), the record was
 * dropped on itself, or a step was dropped into the stage it is already in. Looking the id up in
 * the document is also what validates it, since it is whatever the drag source put there.
 */
export function headerDropPlan(doc: JourneyDocument, target: HeaderTarget, draggedId: string | undefined, where: HeaderDropWhere): HeaderDrop | undefined {
  if (!draggedId || draggedId === target.id) return undefined;
  if (where === "inside") {
    const step = find(doc.steps, draggedId);
    if (target.kind !== "stage" || !step || step.stageId === target.id) return undefined;
    return { kind: "step", args: { stepId: step.id, stageId: target.id } };
  }
  if (target.kind === "stage") {
    const stage = find(doc.stages, draggedId);
    return stage && { kind: "stage", args: { stageId: stage.id, position: positionBeside(where, target.id) } };
  }
  if (target.kind === "lane") {
    const lane = find(doc.lanes, draggedId);
    return lane && { kind: "lane", args: { laneId: lane.id, position: positionBeside(where, target.id) } };
  }
  const step = find(doc.steps, draggedId);
  const stageId = doc.steps[target.id]?.stageId;
  return step && stageId ? { kind: "step", args: { stepId: step.id, stageId, position: positionBeside(where, target.id) } } : undefined;
}
