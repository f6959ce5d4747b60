import { EMPTY_PATCH, type Patch } from "./patch";

/**
 * Why an operation refused its arguments. Codes are stable (callers switch on them); the
 * message is for humans. A refused operation always comes with the empty patch, so a map is
 * never half-changed.
 */
export interface OperationError {
  code:
    | "not_found"
    | "invalid_argument"
    | "duplicate"
    | "would_orphan"
    | "out_of_range";
  message: string;
}

export type OperationResult<T = undefined> =
  | { ok: true; patch: Patch; value: T }
  | { ok: false; patch: Patch; error: OperationError };

export function succeed<T>(patch: Patch, value: T): OperationResult<T> {
  return { ok: true, patch, value };
}

export function fail<T = never>(code: OperationError["code"], message: string): OperationResult<T> {
  return { ok: false, patch: EMPTY_PATCH, error: { code, message } };
}
