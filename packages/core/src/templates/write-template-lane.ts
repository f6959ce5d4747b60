import { generateNKeysBetween } from "fractional-indexing";
import { cellIdFor } from "../records/cell";
import type { CardKind } from "../records/card";
import type { StageId, StepId } from "../records/ids";
import type { TemplateLane } from "./template-schema";
import type { TemplateBuilder } from "./template-builder";

const DEFAULT_CARD_KIND: Record<string, CardKind> = { painPoints: "painPoint", opportunities: "opportunity", ideas: "idea" };

/** One lane and what its cells hold: text, touchpoint references, metrics or cards. */
export function writeTemplateLane(b: TemplateBuilder, lane: TemplateLane, order: string): void {
  const { doc, w } = b;
  const laneId = b.idOf("lane", lane.key);
  doc.lanes[laneId] = {
    id: laneId,
    type: lane.type,
    name: w.text(laneId, "name", lane.name),
    order,
    personaId: lane.persona === undefined ? undefined : b.idOf("persona", lane.persona),
    description: w.optional(laneId, "description", lane.description),
  };
  const cell = (key: string) => {
    const at = b.place(key);
    const where = at.startsWith("stage:") ? { stageId: at as StageId } : { stepId: at as StepId };
    return { id: cellIdFor(laneId, at), laneId, ...where };
  };
  if ("text" in lane) {
    for (const [key, value] of Object.entries(lane.text)) {
      const c = cell(key);
      doc.cells[c.id] = { ...c, content: { kind: "text", text: w.rich(c.id, "content.text", value) } };
    }
  } else if ("touchpoints" in lane) {
    for (const [key, tps] of Object.entries(lane.touchpoints)) {
      const c = cell(key);
      doc.cells[c.id] = { ...c, content: { kind: "touchpoints", touchpointIds: tps.map((tp) => b.idOf("touchpoint", tp)) } };
    }
  } else if ("metrics" in lane) {
    for (const [key, list] of Object.entries(lane.metrics)) {
      const c = cell(key);
      doc.cells[c.id] = { ...c, content: { kind: "metrics", metrics: b.kpis(list) } };
    }
  } else if ("cards" in lane) {
    const keys = generateNKeysBetween(null, null, lane.cards.length);
    lane.cards.forEach((card, i) => {
      // "#" cannot occur in a template key, so card keys never collide with other keys.
      const id = b.idOf("card", `${lane.key}#${i}`);
      const { id: _cell, ...at } = cell(card.at);
      doc.cards[id] = {
        id,
        ...at,
        order: keys[i]!,
        kind: card.kind ?? DEFAULT_CARD_KIND[lane.type] ?? "note",
        title: w.text(id, "title", card.title),
        severity: card.severity,
        impact: card.impact,
        effort: card.effort,
        owner: w.optional(id, "owner", card.owner),
        status: card.status,
        evidence: b.evidence(card.evidence),
      };
    });
  }
}
