import { orderedStages, plainText, type JourneyDocument } from "@kaart/core";

/** Text PostgreSQL can store: NUL is dropped (documents may carry it; `text` columns may not). */
function storable(s: string): string {
  return s.replaceAll("\u0000", "");
}

/**
 * The queryable columns of a map, derived from its document whenever it is stored: the CRDT
 * state is the truth and these are projections (title, tags, stage names, persona links, and the
 * lower-cased text search runs over).
 */
export function mapProjection(doc: JourneyDocument) {
  const stageNames = orderedStages(doc).map((s) => storable(s.name));
  const words: string[] = [doc.map.title, doc.map.description ?? "", ...doc.map.tags, ...stageNames];
  for (const step of Object.values(doc.steps)) words.push(step.name);
  for (const lane of Object.values(doc.lanes)) words.push(lane.name);
  for (const cell of Object.values(doc.cells)) if (cell.content.kind === "text") words.push(plainText(cell.content.text));
  for (const card of Object.values(doc.cards)) words.push(card.title, plainText(card.body));
  for (const persona of Object.values(doc.personas)) words.push(persona.name);
  for (const tp of Object.values(doc.touchpoints)) words.push(tp.name);
  return {
    title: storable(doc.map.title),
    tags: JSON.stringify(doc.map.tags.map(storable)),
    stage_names: JSON.stringify(stageNames),
    persona_ids: JSON.stringify(Object.keys(doc.personas)),
    search_text: storable(words.filter(Boolean).join("\n").toLowerCase()),
  };
}
