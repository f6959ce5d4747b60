import {
  readJourneyJson,
  readJourneyYaml,
  readMermaid,
  readGridCsv,
  writeJourneyJson,
  writeJourneyYaml,
  writeMermaid,
  writeGridCsv,
  writeMarkdown,
  renderMapSvg,
  type JourneyDocument,
  type ReadResult,
} from "@kaart/core";
import { renderPng, renderPdf, writeGridXlsx } from "@kaart/export";
import type { ExportFormat } from "@kaart/contract";

export type { ReadResult };

/** The core reader of each text format the import endpoint accepts. */
const READERS: Record<"json" | "yaml" | "mmd" | "csv", (text: string, opts: { now: string }) => ReadResult> = {
  json: (text) => readJourneyJson(text),
  yaml: (text) => readJourneyYaml(text),
  mmd: (text, opts) => readMermaid(text, opts),
  csv: (text, opts) => readGridCsv(text, opts),
};

/** Reads an imported file; `now` stamps formats that carry no creation time (Mermaid, CSV). */
export function readImport(format: keyof typeof READERS, text: string, now: string): ReadResult {
  return READERS[format](text, { now });
}

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

/** Writes `doc` in `format`: text formats and SVG from core, PNG, PDF and XLSX from `@kaart/export` — the same code as the CLI. */
export async function writeFormat(doc: JourneyDocument, format: ExportFormat): Promise<string | Uint8Array> {
  switch (format) {
    case "json":
      return writeJourneyJson(doc).text;
    case "yaml":
      return writeJourneyYaml(doc).text;
    case "mmd":
      return writeMermaid(doc).text;
    case "csv":
      return writeGridCsv(doc).text;
    case "md":
      return writeMarkdown(doc).text;
    case "svg":
      return renderMapSvg(doc, {});
    case "png":
      return renderPng(doc, {});
    case "pdf":
      return renderPdf(doc, {});
    case "xlsx":
      return writeGridXlsx(doc);
  }
}
