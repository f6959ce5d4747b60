import { z } from "zod";

/**
 * Text a person types: any Unicode (RTL, emoji, HTML is kept as literal text) except NUL and the
 * other C0 controls but tab and newlines, which PostgreSQL's `text` refuses and no person means.
 *
 * @example
 * const name = plainString(200).parse("Ilze 🌿");
 */
export function plainString(max: number, min = 1) {
  return z
    .string()
    .min(min)
    .max(max)
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(s), { message: "control characters are not allowed" });
}

/** An e-mail address, compared case-insensitively (stored lower-case by the server). */
export const emailSchema = z.string().max(254).regex(/^[^\s@\u0000]+@[^\s@\u0000]+\.[^\s@\u0000]+$/, { message: "expected an e-mail address" });

/** Server-made ids (users, workspaces, tokens): a prefix and 22 URL-safe characters. */
export function serverIdSchema(prefix: string) {
  return z.string().regex(new RegExp(`^${prefix}_[A-Za-z0-9_-]{22}$`), { message: `expected an id of the form ${prefix}_…` });
}

/** Map ids are core record ids: `map:` and URL-safe characters. */
export const mapIdSchema = z.string().regex(/^map:[A-Za-z0-9_.~-]{1,120}$/, { message: "expected a map id of the form map:…" });
