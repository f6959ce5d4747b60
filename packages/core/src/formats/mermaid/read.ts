import { validateDocument } from "../../document/validate-document";
import { issuesToFormatErrors } from "../document-issues";
import { failure, type ImportOptions, type ReadResult } from "../format-result";
import { DEFAULT_MAX_CHARS } from "../read-limits";
import { journeyToDocument } from "./journey-to-document";
import { parseMermaidJourney } from "./parse-journey";

/**
 * Reads a Mermaid `journey` diagram into a new Kaart document (see `journeyToDocument` for the
 * mapping). Input Mermaid rejects is an error with its line. Never throws.
 *
 * @example
 * const r = readMermaid("journey\n  section Buy\n    Pay: 2: Ann\n", { now: new Date().toISOString() });
 * if (r.ok) console.log(Object.keys(r.document.stages).length); // 1
 */
export function readMermaid(text: string, options: ImportOptions & { maxChars?: number } = {}): ReadResult {
  const max = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (text.length > max) return failure({ code: "too_large", message: `the file has ${text.length} characters; the limit is ${max}` });
  const parsed = parseMermaidJourney(text);
  if (!parsed.ok) return parsed;
  const { document, warnings } = journeyToDocument(parsed.journey, options);
  const valid = validateDocument(document);
  if (!valid.ok) return failure(...issuesToFormatErrors(valid.issues));
  return { ok: true, document: valid.document, warnings: [...parsed.warnings, ...warnings] };
}
