import * as core from "@kaart/core";
import * as exporter from "@kaart/export";
import type { ExportFormat } from "@kaart/contract";
import type { JourneyDocument } from "@kaart/core";
import { optionalExport } from "./optional-export";

/** What core's readers return (shared notes): a document with warnings, or errors with locations. */
export type ReadResult =
  | { ok: true; document: JourneyDocument; warnings: unknown[] }
  | { ok: false; errors: { code: string; message: string; line?: number; column?: number; pointer?: string }[] };
type Reader = (text: string) => ReadResult;
type TextWriter = (doc: JourneyDocument) => { text: string };

/** The text readers of import formats, present once core exports them. */
export function readerFor(format: "json" | "yaml" | "mmd" | "csv"): Reader | undefined {
  const name = { json: "readJourneyJson", yaml: "readJourneyYaml", mmd: "readMermaid", csv: "readGridCsv" }[format];
  return optionalExport<Reader>(core, name);
}

const TEXT_WRITERS: Partial<Record<ExportFormat, string>> = {
  json: "writeJourneyJson",
  yaml: "writeJourneyYaml",
  mmd: "writeMermaid",
  csv: "writeGridCsv",
  md: "writeMarkdown",
};

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: "application/json; charset=utf-8",
  yaml: "application/yaml; charset=utf-8",
  mmd: "text/plain; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  svg: "image/svg+xml",
  png: "image/png",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export const FILE_EXTENSIONS: Record<ExportFormat, string> = {
  json: "kaart.json", yaml: "kaart.yaml", mmd: "mmd", csv: "csv", md: "md", svg: "svg", png: "png", pdf: "pdf", xlsx: "xlsx",
};

/**
 * Writes `doc` in `format`, or returns undefined when the function for it has not landed yet.
 * Text formats come from core, SVG from core's renderer, PNG/PDF/XLSX from `@kaart/export`.
 */
export async function writeFormat(doc: JourneyDocument, format: ExportFormat): Promise<string | Uint8Array | undefined> {
  const textWriter = TEXT_WRITERS[format];
  if (textWriter) return optionalExport<TextWriter>(core, textWriter)?.(doc).text;
  if (format === "svg") return optionalExport<(d: JourneyDocument, o: object) => string>(core, "renderMapSvg")?.(doc, {});
  const binary: Partial<Record<ExportFormat, string>> = { png: "renderPng", pdf: "renderPdf", xlsx: "writeGridXlsx" };
  const fn = optionalExport<(d: JourneyDocument, o?: object) => Promise<Uint8Array>>(exporter, binary[format] ?? "");
  return fn ? fn(doc, {}) : undefined;
}
