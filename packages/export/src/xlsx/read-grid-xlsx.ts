import ExcelJS from "exceljs";
import { gridToDocument, MAX_GRID_COLUMNS, MAX_GRID_ROWS, unescapeFormula, type ImportOptions, type ReadResult } from "@kaart/core";
import { cellValueText } from "./cell-value-text";
import { declaredUnzippedSize } from "./zip-size";

/** XLSX files larger than this are refused before unzipping (20 MB). */
export const DEFAULT_MAX_XLSX_BYTES = 20_000_000;
/** Archives declaring more uncompressed data than this are refused before unzipping (200 MB). */
export const DEFAULT_MAX_XLSX_UNZIPPED_BYTES = 200_000_000;

/**
 * Reads the first sheet of an XLSX workbook as a Kaart grid (row 1 stages, row 2 steps, columns
 * A–C lane id, type and name) into a new document; the workbook's title becomes the map's title.
 * Merged header cells count once; formulas are read as their cached results, never evaluated.
 * Anything that is not a readable workbook is `xlsx_unreadable`; an archive that declares more
 * unpacked data than `maxUnzippedBytes` is `too_large` before anything is unpacked. Never throws.
 *
 * @example
 * const r = await readGridXlsx(new Uint8Array(await readFile("map.xlsx")));
 */
export async function readGridXlsx(
  bytes: Uint8Array,
  options: ImportOptions & { title?: string; maxBytes?: number; maxUnzippedBytes?: number } = {},
): Promise<ReadResult> {
  const max = options.maxBytes ?? DEFAULT_MAX_XLSX_BYTES;
  if (bytes.byteLength > max) return { ok: false, errors: [{ code: "too_large", message: `the file has ${bytes.byteLength} bytes; the limit is ${max}` }] };
  const unzipped = declaredUnzippedSize(bytes);
  if (unzipped === undefined) return { ok: false, errors: [{ code: "xlsx_unreadable", message: "not an XLSX workbook (no ZIP directory found)" }] };
  const maxUnzipped = options.maxUnzippedBytes ?? DEFAULT_MAX_XLSX_UNZIPPED_BYTES;
  if (unzipped > maxUnzipped) {
    return { ok: false, errors: [{ code: "too_large", message: `the workbook unpacks to ${unzipped} bytes; the limit is ${maxUnzipped}` }] };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    return { ok: false, errors: [{ code: "xlsx_unreadable", message: `not a readable XLSX workbook (${error instanceof Error ? error.message : "unknown error"})` }] };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, errors: [{ code: "xlsx_unreadable", message: "the workbook has no sheet" }] };
  // Only cells that exist are visited: a sheet may claim a last cell at XFD1048576.
  const rows: string[][] = [];
  let tooLarge = false;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    if (r > MAX_GRID_ROWS) return void (tooLarge = true);
    const cells: string[] = (rows[r - 1] = []);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c > MAX_GRID_COLUMNS) return void (tooLarge = true);
      const covered = cell.isMerged && cell.master.address !== cell.address;
      while (cells.length < c - 1) cells.push("");
      cells.push(covered ? "" : unescapeFormula(cellValueText(cell.value)));
    });
  });
  if (tooLarge) {
    return { ok: false, errors: [{ code: "grid_shape", message: `a grid may have at most ${MAX_GRID_ROWS} rows and ${MAX_GRID_COLUMNS} columns` }] };
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return gridToDocument(rows, { ...options, title: options.title ?? workbook.title ?? "" });
}
