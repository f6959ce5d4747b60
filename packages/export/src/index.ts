// png/ and pdf/: the map as an image and as a document, drawn with the shipped fonts
export { svgToPng, resvgFontOptions } from "./png/svg-to-png";
export type { PngOptions } from "./png/svg-to-png";
export { renderPng } from "./png/render-png";
export type { MapImageOptions } from "./png/render-png";
export { renderPdf } from "./pdf/render-pdf";
export type { PdfOptions } from "./pdf/render-pdf";
export { shippedFonts } from "./fonts/shipped-fonts";
export type { ShippedFont } from "./fonts/shipped-fonts";
// xlsx/: the map's grid as a spreadsheet (same layout as the CSV grid in core)
export { writeGridXlsx, writeGridXlsxWithWarnings, GRID_SHEET_NAME } from "./xlsx/write-grid-xlsx";
export { readGridXlsx, DEFAULT_MAX_XLSX_BYTES, DEFAULT_MAX_XLSX_UNZIPPED_BYTES } from "./xlsx/read-grid-xlsx";
