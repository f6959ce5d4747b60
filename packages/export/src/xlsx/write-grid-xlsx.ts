import ExcelJS from "exceljs";
import { documentToGrid, escapeFormula, GRID_LANE_COLUMNS, isRtlLocale, type FormatWarning, type JourneyDocument } from "@kaart/core";

/** The sheet's name; spreadsheet programs allow at most 31 characters and no `[]:*?/\`. */
export const GRID_SHEET_NAME = "Journey map";

/**
 * The map's grid (contracts.md) as an XLSX workbook: row 1 stage names (merged over their steps),
 * row 2 step names, columns A–C lane id, type and name, one row per lane; headers frozen; a
 * right-to-left sheet when the map's source locale is written right to left (fa, ar, he…).
 * Every value is a string cell, and text that starts like a formula is guarded with `'` as in CSV.
 *
 * @example
 * await writeFile("map.xlsx", (await writeGridXlsxWithWarnings(doc)).bytes);
 */
export async function writeGridXlsxWithWarnings(doc: JourneyDocument): Promise<{ bytes: Uint8Array; warnings: FormatWarning[] }> {
  const { grid, warnings } = documentToGrid(doc);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kaart";
  workbook.title = doc.map.title;
  const stamp = new Date(doc.map.updatedAt);
  if (!Number.isNaN(stamp.getTime())) workbook.created = workbook.modified = stamp;
  const rtl = isRtlLocale(doc.map.sourceLocale);
  const sheet = workbook.addWorksheet(GRID_SHEET_NAME, {
    views: [{ state: "frozen", xSplit: GRID_LANE_COLUMNS, ySplit: 2, rightToLeft: rtl }],
  });
  grid.rows.forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    cells.forEach((text, c) => {
      const cell = row.getCell(c + 1);
      cell.value = escapeFormula(text);
      cell.alignment = { wrapText: true, vertical: "top", ...(rtl ? { readingOrder: "rtl" } : {}) };
      if (r < 2 || c < GRID_LANE_COLUMNS) cell.font = { bold: r < 2 || c === GRID_LANE_COLUMNS - 1 };
    });
  });
  for (const span of grid.stageSpans) if (span.to > span.from) sheet.mergeCells(1, span.from + 1, 1, span.to + 1);
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 ? 22 : i === 1 ? 14 : i === 2 ? 20 : 28;
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer), warnings };
}

/**
 * The map's grid as XLSX bytes; see `writeGridXlsxWithWarnings` for the layout and for what the
 * grid leaves out.
 *
 * @example
 * await writeFile("map.xlsx", await writeGridXlsx(doc));
 */
export async function writeGridXlsx(doc: JourneyDocument): Promise<Uint8Array> {
  return (await writeGridXlsxWithWarnings(doc)).bytes;
}
