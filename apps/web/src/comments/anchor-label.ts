import type { TFunction } from "i18next";
import type { JourneyDocument } from "@kaart/core";
import type { CommentTarget } from "@kaart/contract";

/**
 * What a thread is on, in words: "Stage Awareness", "Step Pay", "Actions × Step Pay". A target
 * that left the map (null) or is no longer found reads as removed.
 */
export function anchorLabel(doc: JourneyDocument, target: CommentTarget | null, t: TFunction): string {
  const unnamed = t("editor.unnamed");
  if (!target) return t("comments.detached");
  if (target.kind === "map") return t("comments.onMap");
  if (target.kind === "stage") {
    const stage = Object.values(doc.stages).find((s) => s.id === target.id);
    return stage ? t("comments.onStage", { name: stage.name || unnamed }) : t("comments.detached");
  }
  if (target.kind === "step") {
    const step = Object.values(doc.steps).find((s) => s.id === target.id);
    return step ? t("comments.onStep", { name: step.name || unnamed }) : t("comments.detached");
  }
  const cell = Object.values(doc.cells).find((c) => c.id === target.id);
  const lane = cell ? doc.lanes[cell.laneId] : undefined;
  const step = cell?.stepId ? doc.steps[cell.stepId] : undefined;
  const stage = cell?.stageId ? doc.stages[cell.stageId] : undefined;
  if (!cell || !lane) return t("comments.detached");
  const laneName = lane.name || t(`lanes.${lane.type}`);
  if (step) return t("comments.onCell", { lane: laneName, step: step.name || unnamed });
  return t("comments.onStageCell", { lane: laneName, stage: stage?.name || unnamed });
}
