import { stringify } from "yaml";
import type { JourneyDocument } from "../../document/journey-document";
import { canonicalDocument } from "../canonical-document";
import type { WriteResult } from "../format-result";

/**
 * Writes `.kaart.yaml`: the canonical document (same order, same ids as `.kaart.json`) in YAML 1.2
 * without aliases or tags, lines never folded, multi-line text as block scalars — so a diff shows
 * the lines that changed.
 *
 * @example
 * await writeFile("map.kaart.yaml", writeJourneyYaml(doc).text);
 */
export function writeJourneyYaml(doc: JourneyDocument): WriteResult {
  const { value, warnings } = canonicalDocument(doc);
  const text = stringify(value, { version: "1.2", aliasDuplicateObjects: false, lineWidth: 0, minContentWidth: 0, indent: 2 });
  return { text, warnings };
}
