/** Stable codes of every way reading an event log can fail. */
export const EVENT_LOG_ERROR_CODES = [
  "file_not_found",
  "file_too_large",
  "truncated_gzip",
  "corrupt_gzip",
  "decompression_bomb",
  "malformed_xml",
  "dtd_refused",
  "malformed_csv",
  "malformed_json",
  "malformed_parquet",
  "malformed_xlsx",
  "missing_column",
  "missing_case",
  "missing_activity",
  "missing_timestamp",
  "bad_timestamp",
  "empty_log",
  "unsupported_format",
] as const;
export type EventLogErrorCode = (typeof EVENT_LOG_ERROR_CODES)[number];

/** Where in the source a problem was found (1-based line and column, when known). */
export interface SourcePosition {
  file?: string;
  line?: number;
  column?: number;
}

/**
 * The one error type of ingest: a stable `code`, a message for humans and the position in the
 * file, so the CLI can print `<file>:<line>:<col>: <code>: <message>`.
 */
export class EventLogError extends Error {
  override readonly name = "EventLogError";

  constructor(
    readonly code: EventLogErrorCode,
    message: string,
    readonly position: SourcePosition = {},
  ) {
    super(message);
  }

  /** A copy that fills in the parts of the position this error does not know yet. */
  at(position: SourcePosition): EventLogError {
    return new EventLogError(this.code, this.message, { ...position, ...definedOnly(this.position) });
  }
}

function definedOnly(position: SourcePosition): SourcePosition {
  const out: SourcePosition = {};
  if (position.file !== undefined) out.file = position.file;
  if (position.line !== undefined) out.line = position.line;
  if (position.column !== undefined) out.column = position.column;
  return out;
}
