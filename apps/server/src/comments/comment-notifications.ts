import type { CommentTarget } from "@kaart/contract";
import type { Db } from "../storage/open-database";
import { notify } from "../notifications/notifications";

/** Where a notification about a comment leads: the map, the thread's anchor and the message. */
export interface CommentLink {
  mapId: string;
  workspaceId: string;
  threadId: string;
  anchorId: string;
  /** The anchor's target now, or null once it left the map (the link then opens the map). */
  target: CommentTarget | null;
}

/** How long the quoted start of a message may be in a notification. */
const EXCERPT_LENGTH = 140;

async function detailOf(db: Db, link: CommentLink, messageId: string, authorId: string, body: string): Promise<Record<string, string>> {
  const map = await db.selectFrom("maps").select("title").where("id", "=", link.mapId).executeTakeFirst();
  const author = await db.selectFrom("users").select("name").where("id", "=", authorId).executeTakeFirst();
  const target = link.target;
  return {
    mapId: link.mapId,
    title: map?.title ?? "",
    threadId: link.threadId,
    commentId: messageId,
    anchorId: link.anchorId,
    targetKind: target?.kind ?? "",
    targetId: target && target.kind !== "map" ? target.id : "",
    authorId,
    authorName: author?.name ?? "",
    excerpt: [...body].slice(0, EXCERPT_LENGTH).join(""),
  };
}

/**
 * Tells each member `mentioned` in a message about it, in the caller's transaction. A member is
 * told once per message: an edit that keeps, drops or re-adds a mention tells no one again, even
 * after the first notification was read. Authors mentioning themselves are not told.
 */
export async function notifyMentions(db: Db, link: CommentLink, m: { messageId: string; authorId: string; body: string; mentioned: readonly string[]; nowIso: string }): Promise<string[]> {
  const candidates = m.mentioned.filter((u) => u !== m.authorId);
  if (candidates.length === 0) return [];
  const told = await db.selectFrom("notifications").select("user_id").where("kind", "=", "mention").where("subject_type", "=", "comment_message").where("subject_id", "=", m.messageId).where("user_id", "in", candidates).execute();
  const already = new Set(told.map((r) => r.user_id));
  const fresh = candidates.filter((u) => !already.has(u));
  if (fresh.length === 0) return [];
  const detail = await detailOf(db, link, m.messageId, m.authorId, m.body);
  for (const userId of fresh) await notify(db, { userId, kind: "mention", workspaceId: link.workspaceId, subject: { type: "comment_message", id: m.messageId }, detail, nowIso: m.nowIso });
  return fresh;
}

/**
 * Tells everyone who wrote earlier in the thread (its starter included) that someone replied,
 * except the replier and those `skip` holds (the members this reply mentions already heard of
 * it). Replies while the notification is unread add up in it, pointing at the newest message.
 */
export async function notifyReply(db: Db, link: CommentLink, m: { messageId: string; authorId: string; body: string; skip: readonly string[]; nowIso: string }): Promise<void> {
  const earlier = await db.selectFrom("comment_messages").select("author_id").distinct().where("thread_id", "=", link.threadId).where("id", "!=", m.messageId).execute();
  const starter = await db.selectFrom("comment_threads").select("created_by").where("id", "=", link.threadId).executeTakeFirst();
  const skip = new Set([m.authorId, ...m.skip]);
  const recipients = [...new Set([...(starter ? [starter.created_by] : []), ...earlier.map((r) => r.author_id)])].filter((u) => !skip.has(u));
  if (recipients.length === 0) return;
  const members = await db.selectFrom("memberships").select("user_id").where("workspace_id", "=", link.workspaceId).where("user_id", "in", recipients).execute();
  const detail = await detailOf(db, link, m.messageId, m.authorId, m.body);
  for (const { user_id } of members) await notify(db, { userId: user_id, kind: "reply", workspaceId: link.workspaceId, subject: { type: "comment_thread", id: link.threadId }, detail, nowIso: m.nowIso });
}
