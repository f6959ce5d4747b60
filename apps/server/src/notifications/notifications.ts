import { notificationSchema, type Notification } from "@kaart/contract";
import { z } from "zod";
import type { Db } from "../storage/open-database";

export interface NewNotification {
  userId: string;
  kind: Notification["kind"];
  workspaceId: string | null;
  subject: { type: string; id: string };
  detail: Record<string, string>;
  nowIso: string;
}

/**
 * Tells `userId` about something, in the caller's transaction. An unread notification of the same
 * kind and subject is bumped (count + 1, newest detail and time) rather than repeated, so a much
 * used share link is one line, not hundreds.
 *
 * @example
 * await notify(trx, { userId, kind: "member.joined", workspaceId, subject: { type: "invitation", id }, detail: { name }, nowIso });
 */
export async function notify(db: Db, n: NewNotification): Promise<void> {
  const unread = await db
    .selectFrom("notifications")
    .select(["id", "count"])
    .where("user_id", "=", n.userId)
    .where("kind", "=", n.kind)
    .where("subject_type", "=", n.subject.type)
    .where("subject_id", "=", n.subject.id)
    .where("read_at", "is", null)
    .executeTakeFirst();
  const detail = JSON.stringify(n.detail);
  if (unread) {
    await db.updateTable("notifications").set({ count: unread.count + 1, detail, created_at: n.nowIso }).where("id", "=", unread.id).execute();
    return;
  }
  await db
    .insertInto("notifications")
    .values({ user_id: n.userId, kind: n.kind, workspace_id: n.workspaceId, subject_type: n.subject.type, subject_id: n.subject.id, detail, count: 1, created_at: n.nowIso, read_at: null })
    .execute();
}

export async function unreadCount(db: Db, userId: string): Promise<number> {
  const row = await db.selectFrom("notifications").select((eb) => eb.fn.countAll<number>().as("n")).where("user_id", "=", userId).where("read_at", "is", null).executeTakeFirst();
  return Number(row?.n ?? 0);
}

const detailSchema = z.record(z.string(), z.string());

export async function listNotifications(db: Db, userId: string, q: { unread: boolean; limit: number }): Promise<Notification[]> {
  let query = db.selectFrom("notifications").selectAll().where("user_id", "=", userId);
  if (q.unread) query = query.where("read_at", "is", null);
  const rows = await query.orderBy("created_at", "desc").orderBy("id", "desc").limit(q.limit).execute();
  return rows.map((r) =>
    notificationSchema.parse({
      id: Number(r.id),
      kind: r.kind,
      workspaceId: r.workspace_id,
      subject: { type: r.subject_type, id: r.subject_id },
      detail: detailSchema.parse(JSON.parse(r.detail)),
      count: r.count,
      at: r.created_at,
      read: r.read_at !== null,
    }),
  );
}

export async function markRead(db: Db, userId: string, ids: number[] | undefined, nowIso: string): Promise<void> {
  let q = db.updateTable("notifications").set({ read_at: nowIso }).where("user_id", "=", userId).where("read_at", "is", null);
  if (ids) {
    if (ids.length === 0) return;
    q = q.where("id", "in", ids);
  }
  await q.execute();
}
