import { z } from "zod";
import { endpoint } from "./endpoint";
import { okSchema } from "./auth-schemas";
import { journeyDocumentSchema } from "@kaart/core";
import { roleSchema } from "./workspace-schemas";

/** Everything the instance keeps about one person, as one JSON download. */
export const accountExportSchema = z.strictObject({
  exportedAt: z.string(),
  user: z.strictObject({ id: z.string(), email: z.string(), name: z.string(), isAdmin: z.boolean(), createdAt: z.string() }),
  memberships: z.array(z.strictObject({ workspaceId: z.string(), workspace: z.string(), role: roleSchema, since: z.string() })),
  apiTokens: z.array(z.strictObject({ id: z.string(), name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable(), revokedAt: z.string().nullable() })),
  /** Maps the person created, with their current documents. */
  maps: z.array(z.strictObject({ id: z.string(), workspaceId: z.string(), title: z.string(), createdAt: z.string(), document: journeyDocumentSchema })),
  auditEvents: z.array(z.strictObject({ action: z.string(), workspaceId: z.string().nullable(), target: z.string().nullable(), at: z.string() })),
  notifications: z.array(z.strictObject({ kind: z.string(), detail: z.string(), at: z.string(), read: z.boolean() })),
});
export type AccountExport = z.infer<typeof accountExportSchema>;

/** Deleting an account asks for the password again. */
export const deleteAccountBodySchema = z.strictObject({ password: z.string().min(1).max(1_000) });

/** Account endpoints, merged into `ENDPOINTS`. */
export const ACCOUNT_ENDPOINTS = {
  exportAccount: endpoint({ method: "GET", path: "/api/account/export", summary: "Download all of the signed-in user's data as JSON", access: { kind: "user" }, response: accountExportSchema }),
  deleteAccount: endpoint({
    method: "DELETE",
    path: "/api/account",
    summary: "Delete the account (workspaces it alone belongs to go with it; conflict while it is the last owner of a shared workspace or the last admin)",
    access: { kind: "user" },
    body: deleteAccountBodySchema,
    response: okSchema,
  }),
};
