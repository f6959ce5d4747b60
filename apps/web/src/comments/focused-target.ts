import { useEffect, useState } from "react";
import type { JourneyDocument } from "@kaart/core";
import type { CommentTarget } from "@kaart/contract";

/**
 * The grid cell that last had focus, as a comment target. Remembered across focus leaving the
 * grid (opening the comments dialog moves focus away). Only a cell the map holds can carry a
 * thread, so an empty cell gives no target.
 */
export function useLastFocusedCell(doc: JourneyDocument): CommentTarget | undefined {
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
  if (!key) return undefined;
  const [laneId, stepId] = key.split("|");
  const cell = Object.values(doc.cells).find((c) => c.laneId === laneId && c.stepId === stepId);
  return cell ? { kind: "cell", id: cell.id } : undefined;
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
