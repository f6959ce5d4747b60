/**
 * The closed list of API error codes with the HTTP status each one travels with. Clients switch
 * on `code`, never on `message`; a new failure gets a new code here, never a reused one.
 *
 * @example
 * if (body.error.code === "rate_limited") showRetryLater();
 */
export const ERROR_CODES = {
  malformed_json: 400,
  invalid_request: 400,
  unsupported_format: 400,
  weak_password: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf_failed: 403,
  forbidden: 403,
  signup_closed: 403,
  not_found: 404,
  invitation_invalid: 404,
  email_taken: 409,
  conflict: 409,
  in_use: 409,
  invitation_expired: 410,
  invitation_used: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  invalid_document: 422,
  invalid_event_log: 422,
  invalid_spreadsheet: 422,
  rate_limited: 429,
  internal_error: 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Every error code, for `z.enum` and for exhaustive tests. */
export const ERROR_CODE_LIST = Object.keys(ERROR_CODES) as ErrorCode[];
