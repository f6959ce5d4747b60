import { writeJourneyJson, writeJourneyYaml, writeMermaid, writeGridCsv, writeMarkdown, renderMapSvg, type FormatWarning, type JourneyDocument, type PersonaId, type WriteResult } from "@kaart/core";
import { writeGridXlsxWithWarnings, renderPng, renderPdf } from "@kaart/export";
import type { FormatName } from "@kaart/core";

export interface SaveOptions {
  personaId?: PersonaId;
  locale?: string;
}

/** A document in one output kind, with the writer's warnings (e.g. characters Mermaid cannot hold). */
export async function saveDocument(doc: JourneyDocument, kind: FormatName, opts: SaveOptions = {}): Promise<{ data: string | Uint8Array; warnings: string[] }> {
  const text = (r: WriteResult) => ({ data: r.text, warnings: r.warnings.map(warningText) });
  switch (kind) {
    case "json":
      return text(writeJourneyJson(doc));
    case "yaml":
      return text(writeJourneyYaml(doc));
    case "mermaid":
      return text(writeMermaid(doc));
    case "csv":
      return text(writeGridCsv(doc));
    case "markdown":
      return text(writeMarkdown(doc));
    case "xlsx": {
      const { bytes, warnings } = await writeGridXlsxWithWarnings(doc);
      return { data: bytes, warnings: warnings.map(warningText) };
    }
    case "svg":
      return { data: renderMapSvg(doc, opts), warnings: [] };
    case "png":
      return { data: await renderPng(doc, opts), warnings: [] };
    case "pdf":
      return { data: await renderPdf(doc, opts), warnings: [] };
  }
}

function warningText(w: FormatWarning): string {
  return `${w.code}: ${w.message}`;
}
