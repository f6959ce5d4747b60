import { z } from "zod";
import { journeyDocumentSchema } from "@kaart/core";
import { mapIdSchema, plainString } from "./text-fields";
import { workspaceIdSchema } from "./workspace-schemas";

/** Formats a map can be exported to; the import formats are the text ones plus xlsx. */
export const EXPORT_FORMATS = ["json", "yaml", "mmd", "csv", "md", "svg", "png", "pdf", "xlsx"] as const;
export const exportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof exportFormatSchema>;
export const IMPORT_FORMATS = ["json", "yaml", "mmd", "csv"] as const;

export const mapSummarySchema = z.strictObject({
  id: mapIdSchema,
  workspaceId: workspaceIdSchema,
  title: z.string(),
  tags: z.array(z.string()),
  stageNames: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  archived: z.boolean(),
  deleted: z.boolean(),
});
export type MapSummary = z.infer<typeof mapSummarySchema>;

/** The document travels as JSON checked by core's `validateDocument` (docs/schema/), not here. */
export const documentJsonSchema = z.record(z.string(), z.unknown()).describe("a Kaart journey document (docs/schema/journey-document.json)");

export const mapWithDocumentSchema = z.strictObject({ summary: mapSummarySchema, document: journeyDocumentSchema });

export const createMapBodySchema = z.strictObject({
  title: plainString(500),
  /** A built-in template id; a blank map when absent. */
  templateId: z.string().max(100).optional(),
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).max(35).optional(),
});
export const importMapBodySchema = z.strictObject({
  format: z.enum(IMPORT_FORMATS),
  content: z.string().max(5_000_000),
  title: plainString(500).optional(),
});
/** The media type of an XLSX workbook, the body of `importMapXlsx` (`application/octet-stream` is taken too). */
export const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** The XLSX import sends the workbook itself as the body; the title (else the workbook's) in the query. */
export const importXlsxQuerySchema = z.strictObject({ title: plainString(500).optional() });
export const replaceDocumentBodySchema = z.strictObject({ document: documentJsonSchema });
export const duplicateMapBodySchema = z.strictObject({ title: plainString(500).optional() });

export const listMapsQuerySchema = z.strictObject({
  q: z.string().max(200).optional(),
  include: z.enum(["active", "archived", "deleted"]).default("active"),
});
export const mapParamsSchema = z.strictObject({ mapId: mapIdSchema });
export const exportQuerySchema = z.strictObject({ format: exportFormatSchema });
