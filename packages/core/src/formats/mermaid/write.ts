import type { JourneyDocument } from "../../document/journey-document";
import type { WriteResult } from "../format-result";
import { documentToJourney } from "./document-to-journey";
import { printMermaidJourney } from "./print-journey";

/**
 * Writes a document as a Mermaid `journey` diagram that Mermaid accepts. What Mermaid cannot hold
 * (lanes, cards, to-be scores, steps without a score) is left out, each with a warning.
 *
 * @example
 * const { text, warnings } = writeMermaid(doc);
 */
export function writeMermaid(doc: JourneyDocument): WriteResult {
  const { journey, warnings } = documentToJourney(doc);
  const printed = printMermaidJourney(journey);
  return { text: printed.text, warnings: [...warnings, ...printed.warnings] };
}
