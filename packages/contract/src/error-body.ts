import { z } from "zod";
import { ERROR_CODE_LIST } from "./error-codes";

/**
 * The body of every failed response: `{"error": {"code", "message"}}`. `issues` lists what failed
 * validation (JSON Pointer-like paths) when the code is `invalid_request` or `invalid_document`.
 */
export const errorBodySchema = z.strictObject({
  error: z.strictObject({
    code: z.enum(ERROR_CODE_LIST),
    message: z.string(),
    issues: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
