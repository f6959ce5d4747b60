import type { FastifyInstance } from "fastify";
import { ENDPOINTS } from "@kaart/contract";
import { accountExport } from "../account/account-export";
import { deleteAccount } from "../account/account-deletion";
import { verifyPassword } from "../auth/password-hash";
import { clearSessionCookies } from "../auth/sessions";
import { ApiError } from "../http/api-error";
import { route } from "../http/route";
import type { ServerContext } from "../server-context";

/** A person's own data: download it all, or delete the account. */
export function accountRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx.database;

  route(app, ctx, ENDPOINTS.exportAccount, async (_input, { actor, reply }) => {
    reply.header("content-disposition", `attachment; filename="kaart-account-${actor.userId}.json"`);
    return accountExport(db, actor.userId, ctx.clock.now().toISOString());
  });

  route(app, ctx, ENDPOINTS.deleteAccount, async ({ body }, { actor, reply }) => {
    const row = await db.selectFrom("users").select("password_hash").where("id", "=", actor.userId).executeTakeFirstOrThrow();
    if (!(await verifyPassword(body.password, row.password_hash))) throw new ApiError("invalid_credentials", "wrong password");
    await db.transaction().execute((trx) => deleteAccount(trx, actor.userId));
    ctx.sockets.closeUser(actor.userId, "account deleted");
    clearSessionCookies(reply, ctx.secureCookies);
    return { ok: true as const };
  });
}
