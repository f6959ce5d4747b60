import { canonicalRichText, type JourneyDocument, type RichText } from "@kaart/core";

/**
 * A document in the form the Yjs binding keeps: plain JSON (no undefined fields) with rich text
 * canonical (adjacent runs of one formatting joined). A plain document and a Y.Doc given the same
 * patches are equal in this form; test support for the binding's equivalence tests.
 */
export function comparable(doc: JourneyDocument): unknown {
  const json: JourneyDocument = JSON.parse(JSON.stringify(doc));
  for (const cell of Object.values(json.cells)) if (cell.content.kind === "text") cell.content.text = canonicalRichText(cell.content.text);
  for (const card of Object.values(json.cards)) if (card.body) card.body = canonicalRichText(card.body);
  for (const tr of Object.values(json.translations)) if (Array.isArray(tr.value)) tr.value = canonicalRichText(tr.value as RichText);
  return json;
}

