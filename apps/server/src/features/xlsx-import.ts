import { readGridXlsx } from "@kaart/export";
import type { JourneyDocument } from "@kaart/core";
import { ApiError } from "../http/api-error";

/** Largest workbook the import takes, as sent (a grid of the largest allowed size is far smaller). */
export const MAX_XLSX_IMPORT_BYTES = 10 * 1024 * 1024;
/**
 * Largest amount a workbook may declare it unpacks to. The spreadsheet library inflates the whole
 * archive into memory, so this bounds what one request can make the server hold.
 */
export const MAX_XLSX_IMPORT_UNZIPPED_BYTES = 64 * 1024 * 1024;

/**
 * Reads an uploaded workbook into a document, or throws the API error to answer with: a file
 * over the limits (sent or unpacked: a zip bomb) is `payload_too_large`; anything that is not a
 * readable XLSX workbook is `invalid_spreadsheet`; a workbook whose grid is not a journey is
 * `invalid_document`, as for the text formats.
 */
export async function readXlsxImport(bytes: Uint8Array, now: string): Promise<JourneyDocument> {
  const read = await readGridXlsx(bytes, { now, maxBytes: MAX_XLSX_IMPORT_BYTES, maxUnzippedBytes: MAX_XLSX_IMPORT_UNZIPPED_BYTES });
  if (read.ok) return read.document;
  const issues = read.errors.map((e) => ({ path: e.pointer ?? (e.line ? `line ${e.line}` : ""), message: `${e.code}: ${e.message}` }));
  const message = read.errors.map((e) => e.message).join("; ");
  if (read.errors.some((e) => e.code === "too_large")) throw new ApiError("payload_too_large", message, issues);
  if (read.errors.some((e) => e.code === "xlsx_unreadable")) throw new ApiError("invalid_spreadsheet", message, issues);
  throw new ApiError("invalid_document", message, issues);
}
