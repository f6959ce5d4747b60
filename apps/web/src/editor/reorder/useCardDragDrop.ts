import { useRef, useState, type HTMLAttributes, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { useDrag, useDrop } from "react-aria-components";
import { moveCard, type Card, type CardKind, type JourneyDocument, type LaneId, type StageId, type StepId } from "@kaart/core";
import { useEditorActions } from "../session/EditorContext";
import { contentText, contentLocaleOf } from "../../translations/content-locale";
import { cardKindType, DRAG_TYPE } from "./drag-types";
import { dropSide, positionBeside, type DropSide } from "./drop-side";
import { droppedText } from "./dropped-text";
import { activeDrag } from "./active-drag";
import { cardMovedMessage } from "./move-announcements";
import { useMoveRunner } from "./useMoveRunner";
import "./reorder.css";

/** The cell a card is dropped into, and the card it lands beside (none: the cell's end). */
export interface CardDropTarget {
  laneId: LaneId;
  /** The cell's step (or stage, in a stage-wide lane); none takes no drops. */
  at: StepId | StageId | undefined;
  /** Only cards of this kind are taken: a pain point stays among pain points. */
  kind: CardKind;
  beside?: Card;
}

/** A card chip's drag: the card's id, with its kind as a type of its own for the cells to check. */
export function useCardDrag(card: Card): { dragProps: HTMLAttributes<HTMLElement>; isDragging: boolean } {
  const { readOnly } = useEditorActions();
  return useDrag({
    getItems: () => [{ [DRAG_TYPE.card]: card.id, [cardKindType(card.kind)]: card.kind }],
    getAllowedDropOperations: () => ["move"],
    hasDragButton: true,
    isDisabled: readOnly,
    onDragStart: () => activeDrag.start(card.id),
    onDragEnd: () => activeDrag.end(),
  });
}

/**
 * Dropping a card on a cell (to its end) or on a card (before or after it, by the upper or lower
 * half). A card over a card is handled there: React Aria stops the event from reaching the cell.
 */
export function useCardDrop(target: CardDropTarget): { ref: RefObject<HTMLDivElement | null>; dropProps: HTMLAttributes<HTMLElement>; indicator?: DropSide | "inside" } {
  const { t } = useTranslation();
  const { readOnly, session } = useEditorActions();
  const runMove = useMoveRunner();
  const ref = useRef<HTMLDivElement | null>(null);
  const hover = useRef<DropSide | "inside">(undefined);
  const [indicator, setIndicator] = useState<DropSide | "inside">();
  const show = (next: DropSide | "inside" | undefined) => {
    hover.current = next;
    setIndicator(next);
  };
  const { dropProps } = useDrop({
    ref,
    isDisabled: readOnly || !target.at,
    getDropOperationForPoint: (types, _allowed, _x, y) => {
      if (!types.has(DRAG_TYPE.card) || !types.has(cardKindType(target.kind)) || (target.beside && activeDrag.is(target.beside.id))) return "cancel";
      const next = target.beside ? dropSide(y, ref.current?.getBoundingClientRect().height ?? 0, false) : "inside";
      if (next !== hover.current) show(next);
      return "move";
    },
    onDropExit: () => show(undefined),
    onDrop: async (e) => {
      const side = hover.current;
      show(undefined);
      const id = await droppedText(e.items, DRAG_TYPE.card);
      const doc = session.store.getSnapshot();
      const card = doc && Object.values(doc.cards).find((c) => c.id === id);
      if (!doc || !card || !target.at || card.id === target.beside?.id || card.kind !== target.kind) return;
      const position = target.beside && side !== "inside" && side ? positionBeside(side, target.beside.id) : undefined;
      const nameOf = (d: JourneyDocument, rid: string, source: string) => contentText(d, contentLocaleOf(d), rid, "name", source);
      const name = contentText(doc, contentLocaleOf(doc), card.id, "title", card.title) || t("editor.unnamed");
      runMove(moveCard, { cardId: card.id, laneId: target.laneId, at: target.at, position }, { id: card.id, message: (d) => cardMovedMessage(t, d, card.id, name, nameOf) });
    },
  });
  return { ref, dropProps, indicator };
}
