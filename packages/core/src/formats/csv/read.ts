import { failure, type ImportOptions, type ReadResult } from "../format-result";
import { DEFAULT_MAX_CHARS } from "../read-limits";
import { unescapeFormula } from "../grid/formula-escape";
import { gridToDocument } from "../grid/grid-to-document";
import { parseCsv } from "./rfc4180";

/**
 * Reads a CSV grid (row 1 stages, row 2 steps, columns A–C lane id/type/name) into a new
 * document; see `gridToDocument` for how content is read. A byte-order mark and Excel's `sep=`
 * line are understood, and the
 * `'` that guards formula-like cells removed. Never throws.
 *
 * @example
 * const r = readGridCsv(await readFile("map.csv", "utf8"), { title: "Onboarding" });
 */
export function readGridCsv(text: string, options: ImportOptions & { title?: string; maxChars?: number } = {}): ReadResult {
  const max = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (text.length > max) return failure({ code: "too_large", message: `the file has ${text.length} characters; the limit is ${max}` });
  const body = text.replace(/^\ufeff/, "");
  // Excel writes and honours a first line `sep=;` naming the delimiter.
  const hint = /^sep=(.)\r?\n/.exec(body);
  const parsed = hint ? parseCsv(body.slice(hint[0].length), hint[1]) : parseCsv(body);
  if (!parsed.ok) return failure({ code: "csv_syntax", message: parsed.message, line: parsed.line, column: parsed.column });
  return gridToDocument(parsed.rows.map((row) => row.map(unescapeFormula)), options);
}
