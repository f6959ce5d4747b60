import { useRef } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { Card } from "@kaart/core";
import { useCardDrag, useCardDrop } from "../reorder/useCardDragDrop";
import { useFocusAfterMove } from "../reorder/focus-after-move";

/**
 * A card in a cell: its title and the one or two figures that rank it; pressing it edits it. `lang` is the map's content language.
 * It can be dragged to another cell of its kind, or onto another card to go before or after it.
 */
export function CardChip({ card, lang, onOpen }: { card: Card; lang: string; onOpen(): void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement | null>(null);
  useFocusAfterMove(card.id, button);
  const drag = useCardDrag(card);
  const drop = useCardDrop({ laneId: card.laneId, at: card.stepId ?? card.stageId, kind: card.kind, beside: card });
  const title = card.title || t("editor.unnamed");
  const figures =
    card.kind === "painPoint" && card.severity !== undefined
      ? t("cards.severityBadge", { value: card.severity })
      : card.kind === "opportunity" && (card.impact !== undefined || card.effort !== undefined)
        ? t("cards.impactEffort", { impact: card.impact ?? "–", effort: card.effort ?? "–" })
        : undefined;
  return (
    <div
      className="card-drag"
      ref={drop.ref}
      {...drag.dragProps}
      {...drop.dropProps}
      data-axis="column"
      data-drop={drop.indicator}
      data-dragging={drag.isDragging || undefined}
    >
      <Button ref={button} className={`card-chip card-${card.kind}`} aria-label={t("cards.editCard", { title })} onPress={onOpen}>
        <span className="card-title" lang={lang} dir="auto">
          {title}
        </span>
        {figures && <span className="card-figures">{figures}</span>}
        {card.status && <span className="card-status">{t(`cards.statuses.${card.status}`)}</span>}
      </Button>
    </div>
  );
}
