import type { FastifyInstance } from "fastify";
import { ENDPOINTS } from "@kaart/contract";
import { route } from "../http/route";
import type { ServerContext } from "../server-context";
import type { Db } from "../storage/open-database";

/** Whether anyone may sign up without an invitation (off by default: the first user decides). */
export async function isSignupOpen(db: Db): Promise<boolean> {
  const row = await db.selectFrom("settings").select("value").where("key", "=", "signup_open").executeTakeFirst();
  return row?.value === "true";
}

export function instanceSettingsRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx.database;
  route(app, ctx, ENDPOINTS.getSettings, async () => ({ signupOpen: await isSignupOpen(db) }));
  route(app, ctx, ENDPOINTS.updateSettings, async ({ body }) => {
    const value = String(body.signupOpen);
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom("settings").where("key", "=", "signup_open").execute();
      await trx.insertInto("settings").values({ key: "signup_open", value }).execute();
    });
    return { signupOpen: body.signupOpen };
  });
}
