import { Button, Group } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { moveCard, type Card, type JourneyDocument } from "@kaart/core";
import { useEditor } from "../session/EditorContext";
import { contentText, contentLocaleOf } from "../../translations/content-locale";
import { cardShiftAcrossSteps, cardShiftInCell, type Shift } from "../reorder/neighbour-moves";
import { cardMovedMessage } from "../reorder/move-announcements";
import { useMoveRunner } from "../reorder/useMoveRunner";

/**
 * Moving a card from the keyboard: up or down among its cell's cards, or to the same lane at the
 * previous or next step. A move closes the dialog (like Delete, unsaved changes are dropped) and
 * focus goes to the card in its new place, where the live region says where it is now.
 */
export function CardMoveButtons({ card, onMoved }: { card: Card; onMoved(): void }) {
  const { t } = useTranslation();
  const { doc, readOnly } = useEditor();
  const runMove = useMoveRunner();
  const current = doc.cards[card.id];
  if (readOnly || !current) return null;
  const nameOf = (d: JourneyDocument, id: string, source: string) => contentText(d, contentLocaleOf(d), id, "name", source);
  const title = contentText(doc, contentLocaleOf(doc), current.id, "title", current.title) || t("editor.unnamed");
  const button = (label: string, args: ReturnType<typeof cardShiftInCell>) => (
    <Button
      className="button quiet"
      isDisabled={!args}
      onPress={() => {
        if (!args) return;
        runMove(moveCard, args, { id: current.id, message: (d) => cardMovedMessage(t, d, current.id, title, nameOf) });
        onMoved();
      }}
    >
      {label}
    </Button>
  );
  const within = (shift: Shift) => cardShiftInCell(doc, current, shift);
  const across = (shift: Shift) => cardShiftAcrossSteps(doc, current, shift);
  return (
    <Group aria-label={t("reorder.moveCard")} className="dialog-actions card-moves">
      {button(t("reorder.moveUp"), within(-1))}
      {button(t("reorder.moveDown"), within(1))}
      {button(t("reorder.moveToPreviousStep"), across(-1))}
      {button(t("reorder.moveToNextStep"), across(1))}
    </Group>
  );
}
