import type { JourneyDocument } from "../../document/journey-document";
import type { WriteResult } from "../format-result";
import { documentToGrid } from "../grid/document-to-grid";
import { escapeFormula } from "../grid/formula-escape";
import { stringifyCsv } from "./rfc4180";

/**
 * Writes the CSV grid (contracts.md): UTF-8 with a byte-order mark so spreadsheets detect the
 * encoding, CRLF line ends, every cell that starts like a formula guarded with `'`.
 *
 * @example
 * await writeFile("map.csv", writeGridCsv(doc).text); // the text starts with "\ufeff"
 */
export function writeGridCsv(doc: JourneyDocument): WriteResult {
  const { grid, warnings } = documentToGrid(doc);
  return { text: "\ufeff" + stringifyCsv(grid.rows.map((row) => row.map(escapeFormula))), warnings };
}
