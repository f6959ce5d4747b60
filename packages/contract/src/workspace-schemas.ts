import { z } from "zod";
import { plainString, serverIdSchema } from "./text-fields";

/** Roles in a workspace, most powerful first. Viewers read; commenters read and comment. */
export const ROLES = ["owner", "editor", "commenter", "viewer"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** True when `role` has at least the powers of `needed`. */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) <= ROLES.indexOf(needed);
}

export const workspaceIdSchema = serverIdSchema("ws");
export const workspaceSchema = z.strictObject({ id: workspaceIdSchema, name: z.string(), role: roleSchema, createdAt: z.string() });
export type Workspace = z.infer<typeof workspaceSchema>;
export const createWorkspaceBodySchema = z.strictObject({ name: plainString(200) });

export const memberSchema = z.strictObject({ userId: serverIdSchema("u"), email: z.string(), name: z.string(), role: roleSchema });
export const memberParamsSchema = z.strictObject({ workspaceId: workspaceIdSchema, userId: serverIdSchema("u") });
export const updateMemberBodySchema = z.strictObject({ role: roleSchema });

export const createInvitationBodySchema = z.strictObject({
  role: roleSchema,
  expiresInDays: z.number().int().min(1).max(90).default(7),
});
export const invitationSchema = z.strictObject({
  id: serverIdSchema("inv"),
  role: roleSchema,
  expiresAt: z.string(),
  /** Shown once: the link to send; the token inside it is all a new member needs. */
  url: z.string(),
  token: z.string(),
});
export const invitationTokenParamsSchema = z.strictObject({ token: z.string().min(20).max(200) });
/**
 * What the holder of a live invitation link may see before joining: the workspace, the role the link
 * gives, who made it and until when. Unknown, revoked, used and expired links answer an error
 * instead (`invitation_invalid`, `invitation_used`, `invitation_expired`), never these fields.
 */
export const invitationPreviewSchema = z.strictObject({
  workspaceId: workspaceIdSchema,
  workspaceName: z.string(),
  role: roleSchema,
  invitedBy: z.string(),
  expiresAt: z.string(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;
export const workspaceParamsSchema = z.strictObject({ workspaceId: workspaceIdSchema });
