import { CORE_SCHEMA, dump } from "js-yaml";
import type { JourneyDocument } from "../../document/journey-document";
import { canonicalDocument } from "../canonical-document";
import type { WriteResult } from "../format-result";

/**
 * Writes `.kaart.yaml`: the canonical document (same order, same ids as `.kaart.json`) in YAML
 * without aliases or tags, lines never folded, multi-line text as block scalars — so a diff shows
 * the lines that changed. Strings an older YAML 1.1 reader would take for booleans (`yes`, `no`)
 * are quoted, so other tools read the file the same way.
 *
 * @example
 * await writeFile("map.kaart.yaml", writeJourneyYaml(doc).text);
 */
export function writeJourneyYaml(doc: JourneyDocument): WriteResult {
  const { value, warnings } = canonicalDocument(doc);
  const text = dump(value, { schema: CORE_SCHEMA, lineWidth: -1, noRefs: true, indent: 2 });
  return { text, warnings };
}
