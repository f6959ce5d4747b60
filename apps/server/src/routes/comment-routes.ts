import type { FastifyInstance } from "fastify";
import { ENDPOINTS, type CommentTarget } from "@kaart/contract";
import { authorizeMap } from "../auth/authorize";
import { anchorIdOf, putAnchor, removeAnchor } from "../comments/comment-anchors";
import type { CommentLink } from "../comments/comment-notifications";
import { addMessage, createThread, deleteMessage, editMessage, presentThreads, setResolved, threadRow, type ThreadRow } from "../comments/comment-store";
import { ApiError, notFound } from "../http/api-error";
import { route } from "../http/route";
import { readMapDocument } from "../maps/map-documents";
import type { ServerContext } from "../server-context";
import { serverId } from "../server-ids";

/**
 * Comment threads on a map, a stage, a step or a cell. Viewers read; commenters and above write;
 * only a message's author edits or deletes it. Every change is announced to clients with the
 * map open as a stateless `{"type":"comments","threadId":…}` message, so they refetch the thread.
 */
export function commentRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx.database;
  const nowIso = () => ctx.clock.now().toISOString();
  const announce = (mapId: string, threadId: string) => ctx.broadcast?.(mapId, JSON.stringify({ type: "comments", threadId }));
  const threadOf = async (mapId: string, threadId: string) => (await threadRow(db, mapId, threadId)) ?? Promise.reject(notFound("thread"));
  const present = async (row: ThreadRow) => (await presentThreads(db, [row], await readMapDocument(db, row.map_id)))[0]!;
  /** Where notifications about a thread's messages lead; the target is read from the document now. */
  const linkOf = async (row: ThreadRow, workspaceId: string): Promise<CommentLink> => {
    const target = (await readMapDocument(db, row.map_id)).anchors[row.anchor_id]?.target as CommentTarget | undefined;
    return { mapId: row.map_id, workspaceId, threadId: row.id, anchorId: row.anchor_id, target: target ?? null };
  };
  const ownMessage = async (threadId: string, messageId: string, userId: string) => {
    const m = await db.selectFrom("comment_messages").select("author_id").where("id", "=", messageId).where("thread_id", "=", threadId).executeTakeFirst();
    if (!m) throw notFound("message");
    if (m.author_id !== userId) throw new ApiError("forbidden", "only its author may change a message");
  };

  route(app, ctx, ENDPOINTS.listCommentThreads, async ({ params, query }, { actor }) => {
    await authorizeMap(db, actor, params.mapId, "viewer");
    let q = db.selectFrom("comment_threads").selectAll().where("map_id", "=", params.mapId);
    if (query.resolved === "true") q = q.where("resolved_at", "is not", null);
    if (query.resolved === "false") q = q.where("resolved_at", "is", null);
    return presentThreads(db, await q.orderBy("created_at").orderBy("id").execute(), await readMapDocument(db, params.mapId));
  });

  route(app, ctx, ENDPOINTS.createCommentThread, async ({ params, body }, { actor }) => {
    const { map } = await authorizeMap(db, actor, params.mapId, "commenter");
    const threadId = serverId("cth");
    await putAnchor(ctx, params.mapId, threadId, body.target);
    await createThread(db, { mapId: params.mapId, anchorId: anchorIdOf(threadId), threadId, createdBy: actor.userId, nowIso: nowIso() });
    const link = { mapId: params.mapId, workspaceId: map.workspace_id, threadId, anchorId: anchorIdOf(threadId), target: body.target };
    await addMessage(db, { link, authorId: actor.userId, body: body.body, nowIso: nowIso() });
    announce(params.mapId, threadId);
    return present(await threadOf(params.mapId, threadId));
  });

  route(app, ctx, ENDPOINTS.getCommentThread, async ({ params }, { actor }) => {
    await authorizeMap(db, actor, params.mapId, "viewer");
    return present(await threadOf(params.mapId, params.threadId));
  });

  route(app, ctx, ENDPOINTS.replyToCommentThread, async ({ params, body }, { actor }) => {
    const { map } = await authorizeMap(db, actor, params.mapId, "commenter");
    const row = await threadOf(params.mapId, params.threadId);
    await addMessage(db, { link: await linkOf(row, map.workspace_id), authorId: actor.userId, body: body.body, nowIso: nowIso() });
    announce(params.mapId, row.id);
    return present(row);
  });

  route(app, ctx, ENDPOINTS.resolveCommentThread, async ({ params }, { actor }) => {
    await authorizeMap(db, actor, params.mapId, "commenter");
    const row = await threadOf(params.mapId, params.threadId);
    if (row.resolved_at === null) await setResolved(db, row.id, actor.userId, nowIso());
    announce(params.mapId, row.id);
    return present(await threadOf(params.mapId, row.id));
  });

  route(app, ctx, ENDPOINTS.reopenCommentThread, async ({ params }, { actor }) => {
    await authorizeMap(db, actor, params.mapId, "commenter");
    const row = await threadOf(params.mapId, params.threadId);
    await setResolved(db, row.id, null, null);
    announce(params.mapId, row.id);
    return present(await threadOf(params.mapId, row.id));
  });

  route(app, ctx, ENDPOINTS.editCommentMessage, async ({ params, body }, { actor }) => {
    const { map } = await authorizeMap(db, actor, params.mapId, "commenter");
    const row = await threadOf(params.mapId, params.threadId);
    await ownMessage(row.id, params.messageId, actor.userId);
    await editMessage(db, { link: await linkOf(row, map.workspace_id), messageId: params.messageId, authorId: actor.userId, body: body.body, nowIso: nowIso() });
    announce(params.mapId, row.id);
    return present(row);
  });

  route(app, ctx, ENDPOINTS.deleteCommentMessage, async ({ params }, { actor }) => {
    await authorizeMap(db, actor, params.mapId, "commenter");
    const row = await threadOf(params.mapId, params.threadId);
    await ownMessage(row.id, params.messageId, actor.userId);
    const threadDeleted = await deleteMessage(db, row.id, params.messageId);
    if (threadDeleted) await removeAnchor(ctx, params.mapId, row.anchor_id);
    announce(params.mapId, row.id);
    return { threadDeleted };
  });
}
