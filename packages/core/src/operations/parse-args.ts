import type { z } from "zod";
import { fail, type OperationResult } from "../patch/operation-result";
import { toPointer } from "../document/document-issue";

export type ParsedArgs<T> = { ok: true; value: T } | { ok: false; failure: OperationResult<never> };

/**
 * Validates an operation's arguments with its zod schema. Arguments come from editors, the CLI
 * and the API, so they are checked at this boundary rather than trusted for their static type.
 */
export function parseArgs<S extends z.ZodType>(schema: S, args: unknown): ParsedArgs<z.output<S>> {
  const parsed = schema.safeParse(args);
  if (parsed.success) return { ok: true, value: parsed.data };
  const first = parsed.error.issues[0];
  const where = first && first.path.length ? `${toPointer(first.path)}: ` : "";
  return { ok: false, failure: fail("invalid_argument", `${where}${first?.message ?? "invalid arguments"}`) };
}
