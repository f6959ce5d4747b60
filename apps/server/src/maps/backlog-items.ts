import { feasibilityOf, orderedSteps, type Card, type JourneyDocument } from "@kaart/core";
import type { BacklogItem } from "@kaart/contract";

function isBacklogKind(kind: Card["kind"]): kind is BacklogItem["kind"] {
  return kind === "painPoint" || kind === "opportunity";
}

/**
 * The pain point and opportunity cards of one map as backlog rows, in grid order (column by
 * column, then lane by lane). Ideas and notes are not backlog items. A card at a stage has no step;
 * a card at a step takes its stage from the step.
 */
export function backlogItemsOf(doc: JourneyDocument): BacklogItem[] {
  const column = new Map(orderedSteps(doc).map((s, i) => [s.id as string, i]));
  const items: BacklogItem[] = [];
  for (const card of Object.values(doc.cards)) {
    if (!isBacklogKind(card.kind)) continue;
    const step = card.stepId ? doc.steps[card.stepId] : undefined;
    const stage = doc.stages[step?.stageId ?? card.stageId ?? ""];
    const feasibility = feasibilityOf(card);
    items.push({
      mapId: doc.map.id,
      mapTitle: doc.map.title,
      cardId: card.id,
      kind: card.kind,
      title: card.title,
      ...(stage ? { stageId: stage.id, stageName: stage.name } : {}),
      ...(step ? { stepId: step.id, stepName: step.name } : {}),
      laneId: card.laneId,
      laneName: doc.lanes[card.laneId]?.name ?? "",
      ...(card.severity !== undefined ? { severity: card.severity } : {}),
      ...(card.impact !== undefined ? { impact: card.impact } : {}),
      ...(card.effort !== undefined ? { effort: card.effort } : {}),
      ...(feasibility !== undefined ? { feasibility } : {}),
      ...(card.owner ? { owner: card.owner } : {}),
      ...(card.status ? { status: card.status } : {}),
    });
  }
  const position = (i: BacklogItem) => (i.stepId ? column.get(i.stepId) ?? Infinity : Infinity);
  return items.sort((a, b) => position(a) - position(b) || a.laneName.localeCompare(b.laneName) || a.cardId.localeCompare(b.cardId));
}
