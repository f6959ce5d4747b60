import type { AccountExport } from "@kaart/contract";
import { roleSchema } from "@kaart/contract";
import { readMapDocument } from "../maps/map-documents";
import type { Db } from "../storage/open-database";

/** All data held about `userId`: profile, memberships, tokens (never their secrets), maps they made, their audit trail and notifications. */
export async function accountExport(db: Db, userId: string, nowIso: string): Promise<AccountExport> {
  const user = await db.selectFrom("users").select(["id", "email", "name", "is_admin", "created_at"]).where("id", "=", userId).executeTakeFirstOrThrow();
  const memberships = await db.selectFrom("memberships").innerJoin("workspaces", "workspaces.id", "memberships.workspace_id").select(["workspaces.id", "workspaces.name", "memberships.role", "memberships.created_at"]).where("memberships.user_id", "=", userId).orderBy("memberships.created_at").execute();
  const tokens = await db.selectFrom("api_tokens").select(["id", "name", "created_at", "last_used_at", "revoked_at"]).where("user_id", "=", userId).orderBy("created_at").execute();
  const maps = await db.selectFrom("maps").select(["id", "workspace_id", "title", "created_at"]).where("created_by", "=", userId).orderBy("created_at").execute();
  const audit = await db.selectFrom("audit_events").select(["action", "workspace_id", "target_type", "target_id", "created_at"]).where("actor_id", "=", userId).orderBy("seq").execute();
  const notes = await db.selectFrom("notifications").select(["kind", "detail", "created_at", "read_at"]).where("user_id", "=", userId).orderBy("id").execute();
  return {
    exportedAt: nowIso,
    user: { id: user.id, email: user.email, name: user.name, isAdmin: user.is_admin === 1, createdAt: user.created_at },
    memberships: memberships.map((m) => ({ workspaceId: m.id, workspace: m.name, role: roleSchema.parse(m.role), since: m.created_at })),
    apiTokens: tokens.map((t) => ({ id: t.id, name: t.name, createdAt: t.created_at, lastUsedAt: t.last_used_at, revokedAt: t.revoked_at })),
    maps: await Promise.all(maps.map(async (m) => ({ id: m.id, workspaceId: m.workspace_id, title: m.title, createdAt: m.created_at, document: await readMapDocument(db, m.id) }))),
    auditEvents: audit.map((a) => ({ action: a.action, workspaceId: a.workspace_id, target: a.target_type && a.target_id ? `${a.target_type}:${a.target_id}` : null, at: a.created_at })),
    notifications: notes.map((n) => ({ kind: n.kind, detail: n.detail, at: n.created_at, read: n.read_at !== null })),
  };
}
