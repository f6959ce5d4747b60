import { useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { cardsAt, type Card, type Lane, type Step } from "@kaart/core";
import { useEditor } from "../session/EditorContext";
import { CardDialog } from "./CardDialog";
import { CardChip } from "./CardChip";
import { cardKindOfLane } from "./card-kind";

/** The cards of one cell (pain points, opportunities, ideas) and a button to add one. */
export function CardsCell({ lane, step }: { lane: Lane; step: Step }) {
  const { t } = useTranslation();
  const { doc, readOnly } = useEditor();
  const [open, setOpen] = useState<Card | "new">();
  const kind = cardKindOfLane(lane.type);
  const cards = cardsAt(doc, lane.id, step.id);
  const stepName = step.name || t("editor.unnamed");
  const addLabel = kind === "opportunity" ? t("cards.addOpportunityAt", { step: stepName }) : t("cards.addPainPointAt", { step: stepName });
  return (
    <div className="cards">
      {cards.map((card) => (
        <CardChip key={card.id} card={card} onOpen={() => setOpen(card)} />
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
