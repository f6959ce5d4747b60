import { useEffect, useState } from "react";
import type { JourneyDocument } from "@kaart/core";
import type { CommentTarget } from "@kaart/contract";

/** What a thread can be started on from the grid cell that last had focus. */
export interface FocusedTargets {
  /** Absent when the cell is empty: only a cell the map holds can carry a thread. */
  cell?: CommentTarget;
  step?: CommentTarget;
  stage?: CommentTarget;
}

/**
 * The grid cell that last had focus, with its step and that step's stage, as comment targets.
 * Remembered across focus leaving the grid (working in the comments panel moves focus away).
 */
export function useLastFocusedCell(doc: JourneyDocument): FocusedTargets {
  const [key, setKey] = useState<string>();
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      const cell = e.target instanceof Element ? e.target.closest("[data-cell]") : null;
      const value = cell?.getAttribute("data-cell");
      if (value) setKey(value);
    };
    document.addEventListener("focusin", onFocus);
    return () => document.removeEventListener("focusin", onFocus);
  }, []);
  if (!key) return {};
  const [laneId, stepId] = key.split("|");
  const cell = Object.values(doc.cells).find((c) => c.laneId === laneId && c.stepId === stepId);
  const step = Object.values(doc.steps).find((s) => s.id === stepId);
  const stage = step && Object.values(doc.stages).find((s) => s.id === step.stageId);
  return {
    cell: cell && { kind: "cell", id: cell.id },
    step: step && { kind: "step", id: step.id },
    stage: stage && { kind: "stage", id: stage.id },
  };
}

/** Moves focus to the cell a thread is on, scrolling it into view; false when it is not shown. */
export function focusTarget(doc: JourneyDocument, target: CommentTarget): boolean {
  if (target.kind !== "cell") return false;
  const cell = Object.values(doc.cells).find((c) => c.id === target.id);
  if (!cell?.stepId) return false;
  const el = document.querySelector<HTMLElement>(`[data-cell="${CSS.escape(`${cell.laneId}|${cell.stepId}`)}"]`);
  if (!el) return false;
  el.scrollIntoView({ block: "nearest", inline: "nearest" });
  el.focus();
  return true;
}
