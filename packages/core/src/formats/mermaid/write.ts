import type { JourneyDocument } from "../../document/journey-document";
import type { EmotionVariant } from "../../records/emotion-point";
import type { WriteResult } from "../format-result";
import { documentToJourney } from "./document-to-journey";
import { printMermaidJourney } from "./print-journey";

/**
 * Writes a document as a Mermaid `journey` diagram that Mermaid accepts: the as-is curve, or the
 * to-be curve with `{ variant: "toBe" }`. What Mermaid cannot hold (lanes, cards, the other
 * curve, steps without a score) is left out, each with a warning.
 *
 * @example
 * const { text, warnings } = writeMermaid(doc, { variant: "toBe" });
 */
export function writeMermaid(doc: JourneyDocument, options: { variant?: EmotionVariant } = {}): WriteResult {
  const { journey, warnings } = documentToJourney(doc, options);
  const printed = printMermaidJourney(journey);
  return { text: printed.text, warnings: [...warnings, ...printed.warnings] };
}
