import { z } from "zod";
import { emailSchema, plainString, serverIdSchema } from "./text-fields";

export const userSchema = z.strictObject({
  id: serverIdSchema("u"),
  email: z.string(),
  name: z.string(),
  isAdmin: z.boolean(),
});
export type User = z.infer<typeof userSchema>;

/** What a signed-in browser needs: who it is and the token to echo in the CSRF header. */
export const sessionInfoSchema = z.strictObject({ user: userSchema, csrfToken: z.string() });
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const passwordSchema = z.string().min(10, { message: "use at least 10 characters" }).max(200);

export const signupBodySchema = z.strictObject({
  email: emailSchema,
  name: plainString(200),
  password: z.string().max(200),
  /** Required once the instance has users, unless an admin opened sign-up. */
  invitationToken: z.string().max(200).optional(),
});
export const loginBodySchema = z.strictObject({ email: z.string().max(254), password: z.string().max(200) });
export const passwordChangeBodySchema = z.strictObject({ currentPassword: z.string().max(200), newPassword: z.string().max(200) });

export const apiTokenSchema = z.strictObject({
  id: serverIdSchema("tok"),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export const createdApiTokenSchema = apiTokenSchema.extend({
  /** Shown once; send it as `Authorization: Bearer <token>`. */
  token: z.string(),
});
export const createTokenBodySchema = z.strictObject({ name: plainString(200) });

export const instanceSettingsSchema = z.strictObject({ signupOpen: z.boolean() });

export const okSchema = z.strictObject({ ok: z.literal(true) });
