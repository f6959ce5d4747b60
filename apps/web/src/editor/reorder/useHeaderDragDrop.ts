import { useRef, useState, type HTMLAttributes, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { useDrag, useDrop, type DragTypes } from "react-aria-components";
import { moveLane, moveStage, moveStep, type JourneyDocument } from "@kaart/core";
import { useEditorActions } from "../session/EditorContext";
import { useContentLanguage } from "../grid/useContentLanguage";
import { contentText } from "../../translations/content-locale";
import { DRAG_TYPE, type DraggedKind } from "./drag-types";
import { dropSide, type DropSide } from "./drop-side";
import { headerDropPlan, type HeaderDrop, type HeaderDropWhere } from "./header-drop-plan";
import { droppedText } from "./dropped-text";
import { activeDrag } from "./active-drag";
import { axisOf, type HeaderTarget } from "./header-target";
import { laneMovedMessage, stageMovedMessage, stepMovedMessage } from "./move-announcements";
import { useMoveRunner } from "./useMoveRunner";
import "./reorder.css";

/** Where a drop would land, shown by the header: a bar on one side, or the whole stage for a step dropped into it. */
export type DropIndicator = HeaderDropWhere;

/** What a header accepts: its own kind beside it, and a stage also takes a step into itself (at its end). */
function acceptedKind(target: HeaderTarget, types: DragTypes): DraggedKind | undefined {
  if (types.has(DRAG_TYPE[target.kind])) return target.kind;
  if (target.kind === "stage" && types.has(DRAG_TYPE.step)) return "step";
  return undefined;
}

/**
 * Mouse and touch reordering of headers with React Aria's drag and drop: the header is dragged,
 * and dropped on the first or second half of another header of its kind it goes before or after
 * that one. Keyboard users have the menu and the shortcut (useHeaderMoves) instead of a drag button.
 */
export function useHeaderDragDrop(target: HeaderTarget): { ref: RefObject<HTMLDivElement | null>; props: HTMLAttributes<HTMLElement>; indicator?: DropIndicator; isDragging: boolean } {
  const { t } = useTranslation();
  const { readOnly, session } = useEditorActions();
  const content = useContentLanguage();
  const runMove = useMoveRunner();
  const ref = useRef<HTMLDivElement | null>(null);
  const hover = useRef<DropIndicator>(undefined);
  const [indicator, setIndicator] = useState<DropIndicator>();
  const show = (next: DropIndicator | undefined) => {
    hover.current = next;
    setIndicator(next);
  };
  const nameOf = (d: JourneyDocument, id: string, source: string) => contentText(d, content.lang, id, "name", source) || t("editor.unnamed");

  const { dragProps, isDragging } = useDrag({
    getItems: () => [{ [DRAG_TYPE[target.kind]]: target.id }],
    getAllowedDropOperations: () => ["move"],
    hasDragButton: true,
    isDisabled: readOnly,
    onDragStart: () => activeDrag.start(target.id),
    onDragEnd: () => activeDrag.end(),
  });
  const sideAt = (x: number, y: number): DropSide => {
    const rect = ref.current?.getBoundingClientRect();
    if (axisOf(target) === "column") return dropSide(y, rect?.height ?? 0, false);
    return dropSide(x, rect?.width ?? 0, content.dir === "rtl");
  };
  const { dropProps } = useDrop({
    ref,
    isDisabled: readOnly,
    getDropOperationForPoint: (types, _allowed, x, y) => {
      const kind = activeDrag.is(target.id) ? undefined : acceptedKind(target, types);
      const next = !kind ? undefined : kind === target.kind ? sideAt(x, y) : "inside";
      if (next !== hover.current) show(next);
      return kind ? "move" : "cancel";
    },
    onDropExit: () => show(undefined),
    onDrop: async (e) => {
      const where = hover.current;
      show(undefined);
      const type = where === "inside" ? DRAG_TYPE.step : DRAG_TYPE[target.kind];
      const dragged = await droppedText(e.items, type);
      const doc = session.store.getSnapshot();
      const plan = doc && where && headerDropPlan(doc, target, dragged, where);
      if (doc && plan) runPlan(doc, plan);
    },
  });

  /** Runs the planned move, announced with the moved record's name as the grid shows it. */
  const runPlan = (doc: JourneyDocument, plan: HeaderDrop) => {
    if (plan.kind === "stage") {
      const { stageId } = plan.args;
      const name = nameOf(doc, stageId, doc.stages[stageId]?.name ?? "");
      runMove(moveStage, plan.args, { id: stageId, message: (d) => stageMovedMessage(t, d, stageId, name) });
    } else if (plan.kind === "step") {
      const { stepId } = plan.args;
      const name = nameOf(doc, stepId, doc.steps[stepId]?.name ?? "");
      runMove(moveStep, plan.args, { id: stepId, message: (d) => stepMovedMessage(t, d, stepId, name, nameOf) });
    } else {
      const lane = doc.lanes[plan.args.laneId];
      if (!lane) return;
      const name = contentText(doc, content.lang, lane.id, "name", lane.name) || t(`lanes.${lane.type}`);
      runMove(moveLane, plan.args, { id: lane.id, message: (d) => laneMovedMessage(t, d, lane.id, name) });
    }
  };
  return { ref, props: { ...dragProps, ...dropProps }, indicator, isDragging };
}
