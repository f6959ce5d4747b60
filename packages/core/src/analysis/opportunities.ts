import { feasibilityOf, type Card } from "../records/card";
import type { AnalysisSettings } from "./analysis-options";
import { compareCardPosition, isOpen } from "./card-position";
import { cardLocation } from "./location";
import type { MapIndex } from "./map-index";
import type { OpportunityFinding, Quadrant } from "./map-analysis";

/**
 * Opportunity and idea cards ranked by `value = impact × feasibility` (feasibility = 6 − effort).
 * Ties: higher impact, then higher feasibility, then map order. Cards missing impact or effort are
 * `unrated` and come after every rated card, in map order.
 */
export function rankOpportunities(index: MapIndex, settings: AnalysisSettings): OpportunityFinding[] {
  const byPosition = compareCardPosition(index);
  const rows = Object.values(index.doc.cards)
    .filter((c) => (c.kind === "opportunity" || c.kind === "idea") && isOpen(c, settings.includeClosed))
    .map((card) => rate(index, settings, card));
  rows.sort(
    (a, b) =>
      (b.value ?? -1) - (a.value ?? -1) ||
      (b.impact ?? 0) - (a.impact ?? 0) ||
      (b.feasibility ?? 0) - (a.feasibility ?? 0) ||
      byPosition(a.card, b.card),
  );
  return rows.map(({ card: _card, ...row }, i) => ({ rank: i + 1, ...row }));
}

/**
 * The quadrant of a rated card: "high" means at or above the cut (default 3, the middle of 1–5,
 * so a middling card counts as worth doing and easy enough).
 *
 * @example
 * quadrantOf(5, feasibilityOf({ effort: 2 })!, { impact: 3, feasibility: 3 }) // "quickWin"
 */
export function quadrantOf(impact: number, feasibility: number, cut: AnalysisSettings["quadrantCut"]): Quadrant {
  const highImpact = impact >= cut.impact;
  const highFeasibility = feasibility >= cut.feasibility;
  if (highImpact) return highFeasibility ? "quickWin" : "majorProject";
  return highFeasibility ? "fillIn" : "thanklessTask";
}

function rate(index: MapIndex, settings: AnalysisSettings, card: Card) {
  const feasibility = feasibilityOf(card) ?? null;
  const impact = card.impact ?? null;
  const rated = impact !== null && feasibility !== null;
  return {
    card,
    cardId: card.id,
    kind: card.kind === "idea" ? ("idea" as const) : ("opportunity" as const),
    title: card.title,
    impact,
    effort: card.effort ?? null,
    feasibility,
    value: rated ? impact * feasibility : null,
    quadrant: rated ? quadrantOf(impact, feasibility, settings.quadrantCut) : ("unrated" as const),
    status: card.status ?? null,
    location: cardLocation(card, (stepId) => index.doc.steps[stepId]?.stageId),
  };
}
