import type { CommentThread, CommentTarget } from "@kaart/contract";
import type { JourneyDocument } from "@kaart/core";
import type { Db } from "../storage/open-database";
import type { Tables } from "../storage/tables";
import { serverId } from "../server-ids";
import { notifyMentions, notifyReply, type CommentLink } from "./comment-notifications";
import { mentionedMembers } from "./mentions";

export type ThreadRow = Tables["comment_threads"];

export async function threadRow(db: Db, mapId: string, threadId: string): Promise<ThreadRow | undefined> {
  return db.selectFrom("comment_threads").selectAll().where("id", "=", threadId).where("map_id", "=", mapId).executeTakeFirst();
}

/** The workspace's members, for mentions. */
async function membersOf(db: Db, workspaceId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select(["users.id as userId", "users.name as name", "users.email as email"])
    .where("memberships.workspace_id", "=", workspaceId)
    .execute();
}

/** Rewrites a message's mentions; returns the members it mentions now. */
async function writeMentions(db: Db, messageId: string, body: string, workspaceId: string): Promise<string[]> {
  await db.deleteFrom("comment_mentions").where("message_id", "=", messageId).execute();
  const users = mentionedMembers(body, await membersOf(db, workspaceId));
  if (users.length > 0) await db.insertInto("comment_mentions").values(users.map((user_id) => ({ message_id: messageId, user_id }))).execute();
  return users;
}

/**
 * Appends a message (with its mentions) to a thread; its position follows the thread's last one.
 * The `mention` and `reply` notifications it causes are written in the same transaction.
 */
export async function addMessage(db: Db, args: { link: CommentLink; authorId: string; body: string; nowIso: string }): Promise<string> {
  const { threadId, workspaceId } = args.link;
  const id = serverId("cms");
  await db.transaction().execute(async (trx) => {
    const last = await trx.selectFrom("comment_messages").select((eb) => eb.fn.max("position").as("max")).where("thread_id", "=", threadId).executeTakeFirst();
    const position = Number(last?.max ?? 0) + 1;
    await trx.insertInto("comment_messages").values({ id, thread_id: threadId, position, author_id: args.authorId, body: args.body, created_at: args.nowIso, edited_at: null }).execute();
    const mentioned = await writeMentions(trx, id, args.body, workspaceId);
    const message = { messageId: id, authorId: args.authorId, body: args.body, nowIso: args.nowIso };
    await notifyMentions(trx, args.link, { ...message, mentioned });
    await notifyReply(trx, args.link, { ...message, skip: mentioned });
  });
  return id;
}

export async function createThread(db: Db, args: { mapId: string; anchorId: string; threadId: string; createdBy: string; nowIso: string }): Promise<void> {
  await db.insertInto("comment_threads").values({ id: args.threadId, map_id: args.mapId, anchor_id: args.anchorId, created_by: args.createdBy, created_at: args.nowIso, resolved_at: null, resolved_by: null }).execute();
}

/** Edits a message; members it newly mentions are told (in the same transaction), nobody twice. */
export async function editMessage(db: Db, args: { link: CommentLink; messageId: string; authorId: string; body: string; nowIso: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("comment_messages").set({ body: args.body, edited_at: args.nowIso }).where("id", "=", args.messageId).execute();
    const mentioned = await writeMentions(trx, args.messageId, args.body, args.link.workspaceId);
    await notifyMentions(trx, args.link, { messageId: args.messageId, authorId: args.authorId, body: args.body, mentioned, nowIso: args.nowIso });
  });
}

/**
 * Deletes a message; a thread left with none is deleted too (the answer says so). Notifications
 * that would lead to what is gone go with it: the message's mentions, and the thread's replies.
 */
export async function deleteMessage(db: Db, threadId: string, messageId: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom("comment_mentions").where("message_id", "=", messageId).execute();
    await trx.deleteFrom("comment_messages").where("id", "=", messageId).execute();
    await trx.deleteFrom("notifications").where("kind", "=", "mention").where("subject_type", "=", "comment_message").where("subject_id", "=", messageId).execute();
    const left = await trx.selectFrom("comment_messages").select("id").where("thread_id", "=", threadId).executeTakeFirst();
    if (left) return false;
    await trx.deleteFrom("notifications").where("kind", "=", "reply").where("subject_type", "=", "comment_thread").where("subject_id", "=", threadId).execute();
    await trx.deleteFrom("comment_threads").where("id", "=", threadId).execute();
    return true;
  });
}

export async function setResolved(db: Db, threadId: string, by: string | null, nowIso: string | null): Promise<void> {
  await db.updateTable("comment_threads").set({ resolved_at: nowIso, resolved_by: by }).where("id", "=", threadId).execute();
}

/**
 * Threads as the API shows them. The target comes from the document's anchors: a thread whose
 * anchor left with its stage, step or cell shows a null target.
 */
export async function presentThreads(db: Db, rows: ThreadRow[], doc: JourneyDocument): Promise<CommentThread[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const messages = await db
    .selectFrom("comment_messages")
    .innerJoin("users", "users.id", "comment_messages.author_id")
    .select(["comment_messages.id", "comment_messages.thread_id", "comment_messages.author_id", "users.name", "comment_messages.body", "comment_messages.created_at", "comment_messages.edited_at"])
    .where("comment_messages.thread_id", "in", ids)
    .orderBy("comment_messages.thread_id")
    .orderBy("comment_messages.position")
    .execute();
  const mentions = messages.length === 0 ? [] : await db.selectFrom("comment_mentions").selectAll().where("message_id", "in", messages.map((m) => m.id)).execute();
  const mentionsOf = new Map<string, string[]>();
  for (const m of mentions) mentionsOf.set(m.message_id, [...(mentionsOf.get(m.message_id) ?? []), m.user_id]);
  return rows.map((r) => ({
    id: r.id,
    mapId: r.map_id,
    target: (doc.anchors[r.anchor_id]?.target as CommentTarget | undefined) ?? null,
    createdBy: r.created_by,
    createdAt: r.created_at,
    resolvedAt: r.resolved_at,
    resolvedBy: r.resolved_by,
    messages: messages
      .filter((m) => m.thread_id === r.id)
      .map((m) => ({ id: m.id, authorId: m.author_id, authorName: m.name, body: m.body, mentions: (mentionsOf.get(m.id) ?? []).sort(), createdAt: m.created_at, editedAt: m.edited_at })),
  }));
}
