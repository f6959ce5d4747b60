import type { FastifyInstance } from "fastify";
import { ENDPOINTS, roleSchema, type Workspace } from "@kaart/contract";
import { recordAudit } from "../audit/audit-log";
import { authorizeWorkspace } from "../auth/authorize";
import { keyedHash } from "../auth/keyed-hash";
import { ApiError, notFound } from "../http/api-error";
import { route } from "../http/route";
import type { ServerContext } from "../server-context";
import { secretToken, serverId } from "../server-ids";
import type { Db } from "../storage/open-database";
import { acceptInvitation } from "./invitation-acceptance";

async function presentWorkspace(db: Db, workspaceId: string, userId: string): Promise<Workspace> {
  const row = await db
    .selectFrom("workspaces")
    .innerJoin("memberships", "memberships.workspace_id", "workspaces.id")
    .select(["workspaces.id", "workspaces.name", "workspaces.created_at", "memberships.role"])
    .where("workspaces.id", "=", workspaceId)
    .where("memberships.user_id", "=", userId)
    .executeTakeFirst();
  if (!row) throw notFound("workspace");
  return { id: row.id, name: row.name, role: roleSchema.parse(row.role), createdAt: row.created_at };
}

/** Creates a workspace owned by `userId`; returns its id. */
export async function createWorkspace(db: Db, name: string, userId: string, nowIso: string): Promise<string> {
  const id = serverId("ws");
  await db.insertInto("workspaces").values({ id, name, created_at: nowIso }).execute();
  await db.insertInto("memberships").values({ workspace_id: id, user_id: userId, role: "owner", created_at: nowIso }).execute();
  return id;
}

async function ownerCount(db: Db, workspaceId: string): Promise<number> {
  const rows = await db.selectFrom("memberships").select("user_id").where("workspace_id", "=", workspaceId).where("role", "=", "owner").execute();
  return rows.length;
}

/** Workspaces, members and invitation links. */
export function workspaceRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx.database;
  const nowIso = () => ctx.clock.now().toISOString();

  route(app, ctx, ENDPOINTS.listWorkspaces, async (_input, { actor }) => {
    const rows = await db
      .selectFrom("workspaces")
      .innerJoin("memberships", "memberships.workspace_id", "workspaces.id")
      .select(["workspaces.id", "workspaces.name", "workspaces.created_at", "memberships.role"])
      .where("memberships.user_id", "=", actor.userId)
      .orderBy("workspaces.created_at")
      .execute();
    return rows.map((r) => ({ id: r.id, name: r.name, role: roleSchema.parse(r.role), createdAt: r.created_at }));
  });

  route(app, ctx, ENDPOINTS.createWorkspace, async ({ body }, { actor }) =>
    db.transaction().execute(async (trx) => presentWorkspace(trx, await createWorkspace(trx, body.name, actor.userId, nowIso()), actor.userId)),
  );

  route(app, ctx, ENDPOINTS.getWorkspace, async ({ params }, { actor }) => {
    await authorizeWorkspace(db, actor, params.workspaceId, "viewer");
    return presentWorkspace(db, params.workspaceId, actor.userId);
  });

  route(app, ctx, ENDPOINTS.listMembers, async ({ params }, { actor }) => {
    await authorizeWorkspace(db, actor, params.workspaceId, "viewer");
    const rows = await db
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.user_id")
      .select(["users.id", "users.email", "users.name", "memberships.role"])
      .where("memberships.workspace_id", "=", params.workspaceId)
      .orderBy("users.name")
      .execute();
    return rows.map((r) => ({ userId: r.id, email: r.email, name: r.name, role: roleSchema.parse(r.role) }));
  });

  route(app, ctx, ENDPOINTS.updateMember, async ({ params, body }, { actor }) => {
    const member = await db.transaction().execute(async (trx) => {
      await authorizeWorkspace(trx, actor, params.workspaceId, "owner");
      const m = await trx.selectFrom("memberships").innerJoin("users", "users.id", "memberships.user_id").select(["users.id", "users.email", "users.name", "memberships.role"]).where("workspace_id", "=", params.workspaceId).where("user_id", "=", params.userId).executeTakeFirst();
      if (!m) throw notFound("member");
      if (m.role === "owner" && body.role !== "owner" && (await ownerCount(trx, params.workspaceId)) === 1) throw new ApiError("conflict", "a workspace keeps at least one owner");
      await trx.updateTable("memberships").set({ role: body.role }).where("workspace_id", "=", params.workspaceId).where("user_id", "=", params.userId).execute();
      await recordAudit(trx, { action: "member.role_changed", workspaceId: params.workspaceId, actorId: actor.userId, target: { type: "user", id: params.userId }, detail: { from: m.role, to: body.role }, nowIso: nowIso() });
      return { userId: m.id, email: m.email, name: m.name, role: body.role };
    });
    // A changed role changes what the member's open sockets may do: they reconnect with the new one.
    ctx.sockets.closeUser(params.userId, "role changed", params.workspaceId);
    return member;
  });

  route(app, ctx, ENDPOINTS.removeMember, async ({ params }, { actor }) => {
    await db.transaction().execute(async (trx) => {
      await authorizeWorkspace(trx, actor, params.workspaceId, "owner");
      const m = await trx.selectFrom("memberships").select("role").where("workspace_id", "=", params.workspaceId).where("user_id", "=", params.userId).executeTakeFirst();
      if (!m) throw notFound("member");
      if (m.role === "owner" && (await ownerCount(trx, params.workspaceId)) === 1) throw new ApiError("conflict", "a workspace keeps at least one owner");
      await trx.deleteFrom("memberships").where("workspace_id", "=", params.workspaceId).where("user_id", "=", params.userId).execute();
      await recordAudit(trx, { action: "member.removed", workspaceId: params.workspaceId, actorId: actor.userId, target: { type: "user", id: params.userId }, detail: { role: m.role }, nowIso: nowIso() });
    });
    ctx.sockets.closeUser(params.userId, "removed from workspace", params.workspaceId);
    return { ok: true as const };
  });

  route(app, ctx, ENDPOINTS.createInvitation, async ({ params, body }, { actor }) => {
    await authorizeWorkspace(db, actor, params.workspaceId, "owner");
    const token = secretToken();
    const id = serverId("inv");
    const expiresAt = new Date(ctx.clock.now().getTime() + body.expiresInDays * 86_400_000).toISOString();
    await db.transaction().execute(async (trx) => {
      await trx.insertInto("invitations").values({ id, workspace_id: params.workspaceId, token_hash: keyedHash(ctx.secret, token), role: body.role, created_by: actor.userId, created_at: nowIso(), expires_at: expiresAt, accepted_by: null }).execute();
      await recordAudit(trx, { action: "invitation.created", workspaceId: params.workspaceId, actorId: actor.userId, target: { type: "invitation", id }, detail: { role: body.role, expiresAt }, nowIso: nowIso() });
    });
    return { id, role: body.role, expiresAt, token, url: `${ctx.publicUrl}/invite/${token}` };
  });

  route(app, ctx, ENDPOINTS.acceptInvitation, async ({ params }, { actor }) =>
    db.transaction().execute(async (trx) => presentWorkspace(trx, await acceptInvitation(trx, ctx, params.token, actor.userId), actor.userId)),
  );
}
