import { validateDocument } from "../../document/validate-document";
import { issuesToFormatErrors } from "../document-issues";
import { failure, type ReadResult } from "../format-result";
import { DEFAULT_MAX_CHARS } from "../read-limits";
import { locateJsonSyntaxError } from "./json-syntax-error";
import { pointerPositions } from "./json-pointer-position";

/**
 * Reads a `.kaart.json` file: parses, migrates and validates it. Never throws; syntax errors
 * carry line and column; validation errors a JSON Pointer and the line and column of the value it
 * points at (or of its nearest existing parent, for a missing field).
 *
 * @example
 * const r = readJourneyJson(text);
 * if (!r.ok) for (const e of r.errors) console.error(`${e.line ?? "?"}:${e.column ?? "?"}: ${e.code}: ${e.message}`);
 */
export function readJourneyJson(text: string, limits: { maxChars?: number } = {}): ReadResult {
  const max = limits.maxChars ?? DEFAULT_MAX_CHARS;
  if (text.length > max) return failure({ code: "too_large", message: `the file has ${text.length} characters; the limit is ${max}` });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let input: unknown;
  try {
    input = JSON.parse(body);
  } catch {
    const at = locateJsonSyntaxError(body);
    return failure({ code: "json_syntax", message: `not valid JSON: ${at.message}`, line: at.line, column: at.column });
  }
  const result = validateDocument(input);
  if (!result.ok) {
    const errors = issuesToFormatErrors(result.issues);
    const at = pointerPositions(body, errors.map((e) => e.pointer ?? ""));
    return failure(...errors.map((e) => ({ ...e, ...at.get(e.pointer ?? "") })));
  }
  return { ok: true, document: result.document, warnings: [] };
}
