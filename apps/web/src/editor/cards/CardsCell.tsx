import { useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { Card, Lane, Step } from "@kaart/core";
import { useDocSelector, useEditorActions } from "../session/EditorContext";
import { sameItems } from "../session/record-selector";
import { indexedCardsAt } from "../session/cards-index";
import { CardDialog } from "./CardDialog";
import { CardChip } from "./CardChip";
import { cardKindOfLane } from "./card-kind";
import { useCardDrop } from "../reorder/useCardDragDrop";

/** The cards of one cell (pain points, opportunities, ideas) and a button to add one. */
export function CardsCell({ lane, step, lang }: { lane: Lane; step: Step; lang: string }) {
  const { t } = useTranslation();
  const { readOnly } = useEditorActions();
  const [open, setOpen] = useState<Card | "new">();
  const kind = cardKindOfLane(lane.type);
  const cards = useDocSelector((doc) => indexedCardsAt(doc, lane.id, step.id), sameItems);
  // A card dropped on the cell (not on one of its cards) goes to its end.
  const drop = useCardDrop({ laneId: lane.id, at: step.id, kind });
  const stepName = step.name || t("editor.unnamed");
  const addLabel = kind === "opportunity" ? t("cards.addOpportunityAt", { step: stepName }) : t("cards.addPainPointAt", { step: stepName });
  return (
    <div className="cards" ref={drop.ref} {...drop.dropProps} data-drop-target={drop.indicator ? "" : undefined}>
      {cards.map((card) => (
        <CardChip key={card.id} card={card} lang={lang} onOpen={() => setOpen(card)} />
      ))}
      {!readOnly && (kind === "painPoint" || kind === "opportunity") && (
        <Button className="add-button" aria-label={addLabel} onPress={() => setOpen("new")}>
          <span aria-hidden="true">+</span>
        </Button>
      )}
      {open && <CardDialog card={open === "new" ? undefined : open} kind={kind} lane={lane} step={step} onClose={() => setOpen(undefined)} />}
    </div>
  );
}
