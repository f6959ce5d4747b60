import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { Card } from "@kaart/core";
import { useContentLanguage } from "../grid/useContentLanguage";

/** A card in a cell: its title and the one or two figures that rank it; pressing it edits it. */
export function CardChip({ card, onOpen }: { card: Card; onOpen(): void }) {
  const { t } = useTranslation();
  const content = useContentLanguage();
  const title = card.title || t("editor.unnamed");
  const figures =
    card.kind === "painPoint" && card.severity !== undefined
      ? t("cards.severityBadge", { value: card.severity })
      : card.kind === "opportunity" && (card.impact !== undefined || card.effort !== undefined)
        ? t("cards.impactEffort", { impact: card.impact ?? "–", effort: card.effort ?? "–" })
        : undefined;
  return (
    <Button className={`card-chip card-${card.kind}`} aria-label={t("cards.editCard", { title })} onPress={onOpen}>
      <span className="card-title" lang={content.lang} dir="auto">
        {title}
      </span>
      {figures && <span className="card-figures">{figures}</span>}
      {card.status && <span className="card-status">{t(`cards.statuses.${card.status}`)}</span>}
    </Button>
  );
}
