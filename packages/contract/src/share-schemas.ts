import { z } from "zod";
import { journeyDocumentSchema } from "@kaart/core";
import { mapIdSchema, serverIdSchema } from "./text-fields";

/**
 * Share links give read-only access to one map to anybody holding the link: 256-bit tokens,
 * an optional password (attempts are rate-limited), an optional expiry, revocable at any time.
 */
export const shareLinkSchema = z.strictObject({
  id: serverIdSchema("shr"),
  mapId: mapIdSchema,
  hasPassword: z.boolean(),
  expiresAt: z.string().nullable(),
  createdAt: z.string(),
});
export const createdShareLinkSchema = shareLinkSchema.extend({
  /** Shown once. */
  token: z.string(),
  url: z.string(),
});
export const createShareLinkBodySchema = z.strictObject({
  password: z.string().min(6).max(200).optional(),
  expiresInDays: z.number().int().min(1).max(365).optional(),
});
export const shareLinkParamsSchema = z.strictObject({ mapId: mapIdSchema, linkId: serverIdSchema("shr") });
export const sharedTokenParamsSchema = z.strictObject({ token: z.string().min(20).max(200).regex(/^[A-Za-z0-9_-]+$/) });
export const openSharedBodySchema = z.strictObject({ password: z.string().max(200).optional() });
export const sharedMapSchema = z.strictObject({ title: z.string(), document: journeyDocumentSchema });
