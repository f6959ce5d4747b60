import { errorBodySchema, KaartApiError, mapSummarySchema, XLSX_MEDIA_TYPE, type KaartClient, type MapSummary } from "@kaart/contract";

/** What the import takes, told apart by the file's name (as the CLI does). */
export type ImportFileFormat = "json" | "yaml" | "mmd" | "csv" | "xlsx";

/** The `accept` list of the file picker: the same extensions `importFormatOf` knows. */
export const IMPORT_ACCEPT = ".json,.yaml,.yml,.mmd,.csv,.xlsx";

/**
 * The import format of a file name, or undefined when the import takes no such file.
 *
 * @example
 * importFormatOf("Checkout.kaart.yaml") // → "yaml"
 */
export function importFormatOf(name: string): ImportFileFormat | undefined {
  const ext = /\.([A-Za-z]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext === "yml") return "yaml";
  return ext === "json" || ext === "yaml" || ext === "mmd" || ext === "csv" || ext === "xlsx" ? ext : undefined;
}

/** An answer as much of `Response` as the import reads. */
export interface ImportAnswer {
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}

/** How the import reaches the server: the typed client for text, a raw POST for workbooks. */
export interface ImportTransport {
  client: Pick<KaartClient, "importMap">;
  postBytes(url: string, body: Blob, headers: Record<string, string>): Promise<ImportAnswer>;
}

/** Sends a workbook as the raw body (it is binary: no JSON envelope); failures as `KaartApiError`. */
async function importXlsx(transport: ImportTransport, workspaceId: string, file: Blob, title: string | undefined): Promise<MapSummary> {
  const query = title ? `?${new URLSearchParams({ title })}` : "";
  const res = await transport.postBytes(`/api/workspaces/${encodeURIComponent(workspaceId)}/maps/import/xlsx${query}`, file, { "content-type": XLSX_MEDIA_TYPE });
  const body = await res.json().catch(() => undefined);
  if (res.ok) return mapSummarySchema.parse(body);
  const error = errorBodySchema.safeParse(body);
  if (error.success) throw new KaartApiError(res.status, error.data.error.code, error.data.error.message);
  throw new KaartApiError(res.status, "internal_error", `HTTP ${res.status}`);
}

/**
 * Creates a map in the workspace from a picked file. `title` (blank: the file's own) names it.
 * Throws `KaartApiError` as the server answered, or `unsupported_format` for an unknown file.
 */
export async function importMapFile(transport: ImportTransport, workspaceId: string, file: File, title?: string): Promise<MapSummary> {
  const format = importFormatOf(file.name);
  const named = title?.trim() || undefined;
  if (!format) throw new KaartApiError(400, "unsupported_format", file.name);
  if (format === "xlsx") return importXlsx(transport, workspaceId, file, named);
  const content = await file.text();
  return transport.client.importMap({ params: { workspaceId }, body: { format, content, ...(named ? { title: named } : {}) } });
}
