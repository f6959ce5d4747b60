import { useRef, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { moveLane, moveStage, moveStep, type JourneyDocument } from "@kaart/core";
import type { KeyboardEvent } from "react-aria-components";
import { useEditorActions } from "../session/EditorContext";
import { useContentLanguage } from "../grid/useContentLanguage";
import { contentText } from "../../translations/content-locale";
import type { MenuAction, MenuShortcuts } from "../grid/ActionsMenu";
import { laneShift, stageShift, stepShift, type Shift } from "./neighbour-moves";
import { laneMovedMessage, stageMovedMessage, stepMovedMessage } from "./move-announcements";
import { axisOf, type HeaderTarget } from "./header-target";
import { shortcutKeys, shortcutLabel, shortcutShift } from "./reorder-shortcut";
import { useMoveRunner } from "./useMoveRunner";
import { useFocusAfterMove } from "./focus-after-move";

export interface HeaderMoves {
  /**
   * "Move earlier/later" (or up/down, or to the neighbouring stage), disabled at the ends. Worked
   * out from the document when the menu opens, so the header need not re-render on every edit.
   */
  actions(): MenuAction[];
  shortcuts: MenuShortcuts;
  /** The header's menu button: it keeps focus after a move. */
  buttonRef: RefObject<HTMLButtonElement | null>;
}

/**
 * Keyboard reordering of a header's record: the menu items, Ctrl+Shift+Arrow on the menu button,
 * the announcement and the focus afterwards. `name` is the header's shown name.
 */
export function useHeaderMoves(target: HeaderTarget, name: string): HeaderMoves {
  const { t } = useTranslation();
  const { session } = useEditorActions();
  const content = useContentLanguage();
  const runMove = useMoveRunner();
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  useFocusAfterMove(target.id, buttonRef);
  const axis = axisOf(target);
  const nameOf = (d: JourneyDocument, id: string, source: string) => contentText(d, content.lang, id, "name", source);

  const move = (shift: Shift) => {
    const doc = session.store.getSnapshot();
    if (!doc) return undefined;
    if (target.kind === "stage") {
      const args = stageShift(doc, target.id, shift);
      return args && (() => runMove(moveStage, args, { id: target.id, message: (d) => stageMovedMessage(t, d, target.id, name) }));
    }
    if (target.kind === "lane") {
      const args = laneShift(doc, target.id, shift);
      return args && (() => runMove(moveLane, args, { id: target.id, message: (d) => laneMovedMessage(t, d, target.id, name) }));
    }
    const args = stepShift(doc, target.id, shift);
    return args && (() => runMove(moveStep, args, { id: target.id, message: (d) => stepMovedMessage(t, d, target.id, name, nameOf) }));
  };
  const crossesStage = (shift: Shift) => {
    const doc = session.store.getSnapshot();
    return target.kind === "step" && !!doc && stepShift(doc, target.id, shift)?.stageId !== undefined;
  };
  const label = (shift: Shift) => {
    if (axis === "column") return shift < 0 ? t("reorder.moveUp") : t("reorder.moveDown");
    if (crossesStage(shift)) return shift < 0 ? t("reorder.moveToPreviousStage") : t("reorder.moveToNextStage");
    return shift < 0 ? t("reorder.moveEarlier") : t("reorder.moveLater");
  };
  const item = (shift: Shift): MenuAction => {
    const perform = move(shift);
    return {
      id: shift < 0 ? "moveEarlier" : "moveLater",
      label: label(shift),
      disabled: !perform,
      shortcut: shortcutLabel(axis, content.dir, shift),
      onAction: () => perform?.(),
    };
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const shift = shortcutShift(e, axis, content.dir);
    if (!shift) return e.continuePropagation();
    e.preventDefault();
    move(shift)?.();
  };
  return { actions: () => [item(-1), item(1)], shortcuts: { keys: shortcutKeys(axis), onKeyDown }, buttonRef };
}
