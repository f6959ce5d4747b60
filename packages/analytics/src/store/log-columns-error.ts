/** Why a stored log's columns could not be opened: the caller reads the original file again instead. */
export class LogColumnsError extends Error {
  override readonly name = "LogColumnsError";

  constructor(
    readonly code: "missing_columns" | "corrupt_columns" | "unsupported_columns",
    message: string,
  ) {
    super(message);
  }
}
