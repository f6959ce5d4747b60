import { ERROR_CODES, type ErrorCode } from "@kaart/contract";

/**
 * A failure the client should see: a code from the contract's closed list, its status, and a
 * message for humans. Anything else thrown in a route becomes `internal_error` (logged, not shown).
 */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message);
    this.status = ERROR_CODES[code];
  }
}

/** The one answer for "no such thing, or not yours": existence is never revealed. */
export function notFound(what = "resource"): ApiError {
  return new ApiError("not_found", `${what} not found`);
}
