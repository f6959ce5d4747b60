import type { FastifyInstance } from "fastify";
import { ENDPOINTS, passwordSchema, type SessionInfo } from "@kaart/contract";
import type { Actor } from "../auth/actor";
import { hashPassword, verifyPassword, DUMMY_HASH } from "../auth/password-hash";
import { createSession, setSessionCookies, clearSessionCookies } from "../auth/sessions";
import { recordAudit } from "../audit/audit-log";
import { keyedHash } from "../auth/keyed-hash";
import { ApiError } from "../http/api-error";
import { route } from "../http/route";
import type { ServerContext } from "../server-context";
import { secretToken, serverId } from "../server-ids";
import type { Db } from "../storage/open-database";
import { acceptInvitation } from "./invitation-acceptance";
import { isSignupOpen } from "./instance-settings";

function checkPassword(password: string): void {
  const r = passwordSchema.safeParse(password);
  if (!r.success) throw new ApiError("weak_password", r.error.issues[0]?.message ?? "choose a longer password");
}

function sessionInfo(user: Pick<Actor, "userId" | "email" | "name" | "isAdmin">, csrfToken: string): SessionInfo {
  return { user: { id: user.userId, email: user.email, name: user.name, isAdmin: user.isAdmin }, csrfToken };
}

async function userCount(db: Db): Promise<number> {
  const row = await db.selectFrom("users").select((eb) => eb.fn.countAll<number | string>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Sign-up, log-in, log-out, password change, sessions and API tokens. */
export function authRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx.database;
  const nowIso = () => ctx.clock.now().toISOString();

  route(app, ctx, ENDPOINTS.signup, async ({ body }, { reply }) => {
    checkPassword(body.password);
    const email = body.email.toLowerCase();
    const passwordHash = await hashPassword(body.password);
    const user = await db.transaction().execute(async (trx) => {
      const first = (await userCount(trx)) === 0;
      if (!first && !body.invitationToken && !(await isSignupOpen(trx))) throw new ApiError("signup_closed", "sign-up is by invitation; ask a workspace owner for a link");
      if (await trx.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst()) throw new ApiError("email_taken", "an account with this e-mail exists; log in instead");
      const id = serverId("u");
      await trx.insertInto("users").values({ id, email, name: body.name, password_hash: passwordHash, is_admin: first ? 1 : 0, created_at: nowIso() }).execute();
      await recordAudit(trx, { action: "auth.signup", workspaceId: null, actorId: id, nowIso: nowIso() });
      if (body.invitationToken) await acceptInvitation(trx, ctx, body.invitationToken, id);
      return { userId: id, email, name: body.name, isAdmin: first };
    });
    const session = await createSession(db, ctx.secret, user.userId, ctx.clock.now());
    setSessionCookies(reply, session, ctx.secureCookies);
    return sessionInfo(user, session.csrfToken);
  });

  route(app, ctx, ENDPOINTS.login, async ({ body }, { reply, req }) => {
    const email = body.email.toLowerCase();
    const keys = [`email:${email}`, `ip:${req.ip}`];
    const wait = Math.max(...(await Promise.all(keys.map((k) => ctx.limiter.retryAfter(k)))));
    if (wait > 0) {
      reply.header("retry-after", String(wait));
      throw new ApiError("rate_limited", `too many failed log-ins; try again in ${wait} s`);
    }
    const row = await db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
    const ok = await verifyPassword(body.password, row?.password_hash ?? DUMMY_HASH);
    if (!row || !ok) {
      for (const k of keys) await ctx.limiter.fail(k);
      throw new ApiError("invalid_credentials", "wrong e-mail or password");
    }
    for (const k of keys) await ctx.limiter.succeed(k);
    const session = await db.transaction().execute(async (trx) => {
      await recordAudit(trx, { action: "auth.login", workspaceId: null, actorId: row.id, nowIso: nowIso() });
      return createSession(trx, ctx.secret, row.id, ctx.clock.now());
    });
    setSessionCookies(reply, session, ctx.secureCookies);
    return sessionInfo({ userId: row.id, email: row.email, name: row.name, isAdmin: row.is_admin === 1 }, session.csrfToken);
  });

  route(app, ctx, ENDPOINTS.logout, async (_input, { actor, reply }) => {
    if (actor.sessionHash) {
      await db.deleteFrom("sessions").where("id_hash", "=", actor.sessionHash).execute();
      ctx.sockets.closeSession(actor.sessionHash, "logged out");
    }
    clearSessionCookies(reply, ctx.secureCookies);
    return { ok: true as const };
  });

  route(app, ctx, ENDPOINTS.session, async (_input, { actor }) => {
    if (!actor.csrfToken) throw new ApiError("unauthenticated", "API tokens have no browser session");
    return sessionInfo(actor, actor.csrfToken);
  });

  route(app, ctx, ENDPOINTS.changePassword, async ({ body }, { actor }) => {
    checkPassword(body.newPassword);
    const row = await db.selectFrom("users").select("password_hash").where("id", "=", actor.userId).executeTakeFirstOrThrow();
    if (!(await verifyPassword(body.currentPassword, row.password_hash))) throw new ApiError("invalid_credentials", "the current password is wrong");
    const hash = await hashPassword(body.newPassword);
    await db.transaction().execute(async (trx) => {
      await trx.updateTable("users").set({ password_hash: hash }).where("id", "=", actor.userId).execute();
      // Other sessions end: whoever knew the old password is signed out everywhere but here.
      let others = trx.deleteFrom("sessions").where("user_id", "=", actor.userId);
      if (actor.sessionHash) others = others.where("id_hash", "!=", actor.sessionHash);
      await others.execute();
    });
    ctx.sockets.closeUser(actor.userId, "password changed");
    return { ok: true as const };
  });

  route(app, ctx, ENDPOINTS.listTokens, async (_input, { actor }) => {
    const rows = await db.selectFrom("api_tokens").select(["id", "name", "created_at", "last_used_at"]).where("user_id", "=", actor.userId).where("revoked_at", "is", null).orderBy("created_at").execute();
    return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, lastUsedAt: r.last_used_at }));
  });

  route(app, ctx, ENDPOINTS.createToken, async ({ body }, { actor }) => {
    const id = serverId("tok");
    const token = `kaart_${secretToken()}`;
    await db.insertInto("api_tokens").values({ id, user_id: actor.userId, name: body.name, token_hash: keyedHash(ctx.secret, token), created_at: nowIso(), last_used_at: null, revoked_at: null }).execute();
    return { id, name: body.name, createdAt: nowIso(), lastUsedAt: null, token };
  });

  route(app, ctx, ENDPOINTS.revokeToken, async ({ params }, { actor }) => {
    const r = await db.updateTable("api_tokens").set({ revoked_at: nowIso() }).where("id", "=", params.tokenId).where("user_id", "=", actor.userId).where("revoked_at", "is", null).executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw new ApiError("not_found", "token not found");
    ctx.sockets.closeToken(params.tokenId, "token revoked");
    return { ok: true as const };
  });
}
