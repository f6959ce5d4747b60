import { cardsAt, cellIdFor, emotionIdFor, plainText, type JourneyDocument, type Lane, type PersonaId, type Step } from "@kaart/core";
import type { TFunction } from "i18next";

/** A cell's content as one line of text, for the table view and for screen readers. */
export function cellSummary(doc: JourneyDocument, lane: Lane, step: Step, personaId: PersonaId | undefined, t: TFunction): string {
  if (lane.type === "emotions") {
    const score = doc.emotions[emotionIdFor(step.id, personaId, "asIs")]?.score;
    return score === undefined ? "" : String(score);
  }
  const cards = cardsAt(doc, lane.id, step.id);
  const cell = doc.cells[cellIdFor(lane.id, step.id)];
  const parts = cards.map((c) => (c.severity !== undefined ? `${c.title} (${t("cards.severityBadge", { value: c.severity })})` : c.title));
  if (cell?.content.kind === "text") parts.unshift(plainText(cell.content.text));
  if (cell?.content.kind === "touchpoints") parts.unshift(...cell.content.touchpointIds.map((id) => doc.touchpoints[id]?.name ?? ""));
  return parts.filter(Boolean).join("; ");
}
