import type { JourneyDocument } from "../../document/journey-document";
import { byOrder } from "../../records/order-key";
import { cellIdFor, type CellContent } from "../../records/cell";
import type { Card } from "../../records/card";
import type { EmotionPoint } from "../../records/emotion-point";
import { CARD_LANE_TYPES, type Lane } from "../../records/lane";
import { plainText } from "../../records/rich-text";
import type { StepId } from "../../records/ids";

/**
 * The text grid cells show, as a function of (lane, step) built once per document (indexes cards
 * and scores so a large map is one pass). One item per line: cards by title, touchpoints by name,
 * metrics as `name: value unit`, links as `label <href>`, evidence as `kind: text`, an image as
 * `[image: alt]`, scores in an emotions lane as `persona: score` (a bare score for the
 * persona-less curve). Rich text keeps its characters and loses its formatting.
 */
export function cellTextOf(doc: JourneyDocument): (lane: Lane, stepId: StepId) => string {
  const cards = groupBy(Object.values(doc.cards), (c) => `${c.laneId}|${c.stepId ?? ""}`);
  const points = groupBy(Object.values(doc.emotions).filter((p) => p.variant === "asIs"), (p) => p.stepId);
  const rank = new Map<string, number>(doc.map.scope.targetPersonaIds.map((id, i) => [id, i]));
  return (lane, stepId) => {
    const lines: string[] = [];
    if (CARD_LANE_TYPES.has(lane.type)) lines.push(...[...(cards.get(`${lane.id}|${stepId}`) ?? [])].sort(byOrder).map((c: Card) => c.title));
    if (lane.type === "emotions") lines.push(...scoreLines(doc, points.get(stepId) ?? [], lane.personaId, rank));
    const cell = doc.cells[cellIdFor(lane.id, stepId)];
    if (cell) lines.push(contentText(doc, cell.content));
    return lines.filter((l) => l !== "").join("\n");
  };
}

function scoreLines(doc: JourneyDocument, points: EmotionPoint[], only: string | undefined, rank: Map<string, number>): string[] {
  return points
    .filter((p) => !only || p.personaId === only)
    .sort((a, b) => (rank.get(a.personaId ?? "") ?? -1) - (rank.get(b.personaId ?? "") ?? -1))
    .map((p) => {
      const persona = p.personaId ? doc.personas[p.personaId] : undefined;
      return persona ? `${persona.name}: ${p.score}` : String(p.score);
    });
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Plain text of one cell's content, one item per line. */
export function contentText(doc: JourneyDocument, content: CellContent): string {
  switch (content.kind) {
    case "text":
      return plainText(content.text);
    case "touchpoints":
      return content.touchpointIds.map((id) => doc.touchpoints[id]?.name ?? id).join("\n");
    case "metrics":
      return content.metrics.map((m) => `${m.name}: ${m.value ?? ""}${m.unit ? ` ${m.unit}` : ""}`.trimEnd()).join("\n");
    case "image":
      return `[image: ${content.alt}]`;
    case "links":
      return content.links.map((l) => (l.href ? `${l.label} <${l.href}>` : l.label)).join("\n");
    case "evidence":
      return content.items.map((e) => `${e.kind}: ${e.text ?? e.source ?? e.href ?? ""}`.trimEnd()).join("\n");
  }
}
