import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { Card } from "@kaart/core";

/** A card in a cell: its title and the one or two figures that rank it; pressing it edits it. `lang` is the map's content language. */
export function CardChip({ card, lang, onOpen }: { card: Card; lang: string; onOpen(): void }) {
  const { t } = useTranslation();
  const title = card.title || t("editor.unnamed");
  const figures =
    card.kind === "painPoint" && card.severity !== undefined
      ? t("cards.severityBadge", { value: card.severity })
      : card.kind === "opportunity" && (card.impact !== undefined || card.effort !== undefined)
        ? t("cards.impactEffort", { impact: card.impact ?? "–", effort: card.effort ?? "–" })
        : undefined;
  return (
    <Button className={`card-chip card-${card.kind}`} aria-label={t("cards.editCard", { title })} onPress={onOpen}>
      <span className="card-title" lang={lang} dir="auto">
        {title}
      </span>
      {figures && <span className="card-figures">{figures}</span>}
      {card.status && <span className="card-status">{t(`cards.statuses.${card.status}`)}</span>}
    </Button>
  );
}
