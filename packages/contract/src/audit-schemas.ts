import { z } from "zod";
import { endpoint } from "./endpoint";
import { serverIdSchema } from "./text-fields";
import { workspaceParamsSchema } from "./workspace-schemas";

/**
 * What the audit log records. Sign-ins belong to the person, not to a workspace: a workspace's
 * log shows the sign-ins of its current members. The list only grows: a new kind of event gets a
 * new action here, an old action never changes meaning.
 */
export const AUDIT_ACTIONS = [
  "auth.signup",
  "auth.login",
  "member.joined",
  "member.role_changed",
  "member.removed",
  "invitation.created",
  "share_link.created",
  "share_link.revoked",
  "map.archived",
  "map.unarchived",
  "map.deleted",
  "map.restored",
  "persona.deleted",
  "touchpoint.deleted",
] as const;
export const auditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const auditEventSchema = z.strictObject({
  /** Increases with every event of the instance; pass it as `before` for the next page. */
  seq: z.number().int(),
  action: auditActionSchema,
  /** Who did it; null when the account no longer exists. */
  actor: z.strictObject({ userId: serverIdSchema("u"), name: z.string(), email: z.string() }).nullable(),
  target: z.strictObject({ type: z.string(), id: z.string() }).nullable(),
  /** Small facts of the event (a role before and after, a map's title), as text. */
  detail: z.record(z.string(), z.string()),
  at: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditQuerySchema = z.strictObject({
  action: auditActionSchema.optional(),
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** The audit endpoints, merged into `ENDPOINTS`. */
export const AUDIT_ENDPOINTS = {
  listAuditEvents: endpoint({
    method: "GET",
    path: "/api/workspaces/:workspaceId/audit",
    summary: "Who did what and when in the workspace (owners), newest first",
    access: { kind: "workspace", role: "owner" },
    params: workspaceParamsSchema,
    query: auditQuerySchema,
    response: z.array(auditEventSchema),
  }),
};
