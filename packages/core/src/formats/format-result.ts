import type { JourneyDocument } from "../document/journey-document";

/**
 * Stable codes of problems found while reading a file. The CLI prints
 * `<file>:<line>:<col>: <code>: <message>`; clients switch on codes, never on messages.
 */
export type FormatErrorCode =
  | "too_large"
  | "json_syntax"
  | "yaml_syntax"
  | "yaml_alias_limit"
  | "yaml_too_deep"
  | "yaml_custom_tag"
  | "yaml_duplicate_key"
  | "not_a_journey"
  | "unsupported_version"
  | "invalid_document"
  | "mermaid_not_journey"
  | "mermaid_syntax"
  | "mermaid_task_without_score"
  | "mermaid_invalid_score"
  | "mermaid_unterminated_block"
  | "csv_syntax"
  | "grid_shape"
  | "grid_invalid_lane"
  | "xlsx_unreadable";

/** A problem that stops a file from being read. `line`/`column` are 1-based. */
export interface FormatError {
  code: FormatErrorCode;
  message: string;
  line?: number;
  column?: number;
  /** JSON Pointer into the document (RFC 6901) when the problem is inside a record. */
  pointer?: string;
}

/** Something a reader or writer changed or dropped on the way; the file was still read or written. */
export interface FormatWarning {
  code: string;
  message: string;
  line?: number;
  pointer?: string;
}

export type ReadResult =
  | { ok: true; document: JourneyDocument; warnings: FormatWarning[] }
  | { ok: false; errors: FormatError[] };

export interface WriteResult {
  text: string;
  warnings: FormatWarning[];
}

/** Options of readers that build a new document from a foreign format (Mermaid, CSV, XLSX). */
export interface ImportOptions {
  /** Timestamp for `createdAt`/`updatedAt`; injected because readers are pure. */
  now?: string;
  mapId?: `map:${string}`;
  /** The language the imported text is written in. */
  locale?: string;
}

/** The timestamp used when the caller gives none: a fixed instant, so imports are reproducible. */
export const IMPORT_EPOCH = "1970-01-01T00:00:00.000Z";

export function failure(...errors: FormatError[]): ReadResult {
  return { ok: false, errors };
}
