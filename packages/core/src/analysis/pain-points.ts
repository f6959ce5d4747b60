import type { Card } from "../records/card";
import type { AnalysisSettings } from "./analysis-options";
import { compareCardPosition, isOpen } from "./card-position";
import { cardLocation } from "./location";
import { stageMean, stepMean, type MapIndex } from "./map-index";
import type { PainPointFinding } from "./map-analysis";
import { TIE_EPSILON } from "./moments";

/**
 * Pain points ranked by how much they hurt where the customer already feels worst:
 * `priority = severity / 5 × (1 − mean)`, where `mean` is the mean normalised score of every
 * curve at the card's step (every step of its stage for a stage-wide card), or
 * `settings.unscoredNormalised` when nothing there is scored. Ties: higher severity first, then
 * map order (stage, column, lane, card order, id).
 */
export function rankPainPoints(index: MapIndex, settings: AnalysisSettings): PainPointFinding[] {
  const byPosition = compareCardPosition(index);
  const rows = Object.values(index.doc.cards)
    .filter((c) => c.kind === "painPoint" && isOpen(c, settings.includeClosed) && placed(index, c))
    .map((card) => score(index, settings, card));
  rows.sort(
    (a, b) =>
      (Math.abs(a.priority - b.priority) > TIE_EPSILON ? b.priority - a.priority : 0) ||
      b.severity - a.severity ||
      byPosition(a.card, b.card),
  );
  return rows.map(({ card: _card, ...row }, i) => ({ rank: i + 1, ...row }));
}

function score(index: MapIndex, settings: AnalysisSettings, card: Card) {
  const mean = card.stepId ? stepMean(index, card.stepId) : stageMean(index, card.stageId!);
  const severity = card.severity ?? settings.defaultSeverity;
  const priority = (severity / 5) * (1 - (mean ?? settings.unscoredNormalised));
  return {
    card,
    cardId: card.id,
    title: card.title,
    severity,
    severityAssumed: card.severity === undefined,
    meanNormalised: mean ?? null,
    priority,
    location: cardLocation(card, (stepId) => index.doc.steps[stepId]?.stageId),
  };
}

/** A card whose step or stage is missing (an unvalidated document) cannot be located; skip it. */
function placed(index: MapIndex, card: Card): boolean {
  return card.stepId ? index.stepIndex.has(card.stepId) : index.stageIndex.has(card.stageId ?? "");
}
