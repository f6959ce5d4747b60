import type { FastifyInstance } from "fastify";
import { ENDPOINTS } from "@kaart/contract";
import { authorizeMap } from "../auth/authorize";
import { keyedHash } from "../auth/keyed-hash";
import { hashPassword, verifyPassword } from "../auth/password-hash";
import { ApiError, notFound } from "../http/api-error";
import { route } from "../http/route";
import { readMapDocument } from "../maps/map-documents";
import { recordAudit } from "../audit/audit-log";
import { notifyShareLinkOpened } from "../notifications/notification-events";
import type { ServerContext } from "../server-context";
import { secretToken, serverId } from "../server-ids";
import type { Tables } from "../storage/tables";

function presentLink(row: Tables["share_links"]) {
  return { id: row.id, mapId: row.map_id, hasPassword: row.password_hash !== null, expiresAt: row.expires_at, createdAt: row.created_at };
}

/** Read-only share links: create, list, revoke, and open (public, password attempts rate-limited). */
export function shareRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx.database;
  const nowIso = () => ctx.clock.now().toISOString();

  route(app, ctx, ENDPOINTS.listShareLinks, async ({ params }, { actor }) => {
    await authorizeMap(db, actor, params.mapId, "editor");
    const rows = await db.selectFrom("share_links").selectAll().where("map_id", "=", params.mapId).where("revoked_at", "is", null).orderBy("created_at").execute();
    return rows.filter((r) => r.expires_at === null || r.expires_at > nowIso()).map(presentLink);
  });

  route(app, ctx, ENDPOINTS.createShareLink, async ({ params, body }, { actor }) => {
    const { map } = await authorizeMap(db, actor, params.mapId, "editor");
    const token = secretToken();
    const expires = body.expiresInDays ? new Date(ctx.clock.now().getTime() + body.expiresInDays * 86_400_000).toISOString() : null;
    const row = { id: serverId("shr"), map_id: params.mapId, token_hash: keyedHash(ctx.secret, token), password_hash: body.password ? await hashPassword(body.password) : null, expires_at: expires, revoked_at: null, created_by: actor.userId, created_at: nowIso() };
    await db.transaction().execute(async (trx) => {
      await trx.insertInto("share_links").values(row).execute();
      const detail = { mapId: map.id, title: map.title, password: row.password_hash ? "yes" : "no", expiresAt: expires ?? "never" };
      await recordAudit(trx, { action: "share_link.created", workspaceId: map.workspace_id, actorId: actor.userId, target: { type: "share_link", id: row.id }, detail, nowIso: nowIso() });
    });
    return { ...presentLink(row), token, url: `${ctx.publicUrl}/shared/${token}` };
  });

  route(app, ctx, ENDPOINTS.revokeShareLink, async ({ params }, { actor }) => {
    const { map } = await authorizeMap(db, actor, params.mapId, "editor");
    await db.transaction().execute(async (trx) => {
      const r = await trx.updateTable("share_links").set({ revoked_at: nowIso() }).where("id", "=", params.linkId).where("map_id", "=", params.mapId).where("revoked_at", "is", null).executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) throw notFound("share link");
      await recordAudit(trx, { action: "share_link.revoked", workspaceId: map.workspace_id, actorId: actor.userId, target: { type: "share_link", id: params.linkId }, detail: { mapId: map.id, title: map.title }, nowIso: nowIso() });
    });
    return { ok: true as const };
  });

  route(app, ctx, ENDPOINTS.openSharedMap, async ({ params, body }, { reply }) => {
    const tokenHash = keyedHash(ctx.secret, params.token);
    const link = await db.selectFrom("share_links").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
    const map = link && (await db.selectFrom("maps").select(["title", "deleted_at"]).where("id", "=", link.map_id).executeTakeFirst());
    if (!link || !map || link.revoked_at || map.deleted_at || (link.expires_at && link.expires_at <= nowIso())) throw notFound("shared map");
    if (link.password_hash) {
      const key = `share:${link.id}`;
      const wait = await ctx.limiter.retryAfter(key);
      if (wait > 0) {
        reply.header("retry-after", String(wait));
        throw new ApiError("rate_limited", `too many wrong passwords; try again in ${wait} s`);
      }
      if (!body.password || !(await verifyPassword(body.password, link.password_hash))) {
        await ctx.limiter.fail(key);
        throw new ApiError("invalid_credentials", "this link needs its password");
      }
      await ctx.limiter.succeed(key);
    }
    await notifyShareLinkOpened(db, link, map.title, nowIso());
    return { title: map.title, document: await readMapDocument(db, link.map_id) };
  });
}
