import type { FastifyInstance } from "fastify";
import { ENDPOINTS } from "@kaart/contract";
import { route } from "../http/route";
import { listNotifications, markRead, unreadCount } from "../notifications/notifications";
import type { ServerContext } from "../server-context";

/** The signed-in user's notifications. They are written by the routes where things happen. */
export function notificationRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx.database;
  route(app, ctx, ENDPOINTS.listNotifications, async ({ query }, { actor }) => ({
    unread: await unreadCount(db, actor.userId),
    items: await listNotifications(db, actor.userId, query),
  }));
  route(app, ctx, ENDPOINTS.markNotificationsRead, async ({ body }, { actor }) => {
    await markRead(db, actor.userId, body.ids, ctx.clock.now().toISOString());
    return { unread: await unreadCount(db, actor.userId) };
  });
}
