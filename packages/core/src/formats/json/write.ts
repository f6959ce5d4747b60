import type { JourneyDocument } from "../../document/journey-document";
import { canonicalDocument } from "../canonical-document";
import type { WriteResult } from "../format-result";

/**
 * Writes the canonical `.kaart.json`: schema key order, records sorted by id, two-space indent,
 * a trailing newline. Writing what `readJourneyJson` read gives the same bytes again.
 *
 * @example
 * await writeFile("map.kaart.json", writeJourneyJson(doc).text);
 */
export function writeJourneyJson(doc: JourneyDocument): WriteResult {
  const { value, warnings } = canonicalDocument(doc);
  return { text: JSON.stringify(value, null, 2) + "\n", warnings };
}
