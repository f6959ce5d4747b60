import { auditActionSchema, type AuditAction, type AuditEvent } from "@kaart/contract";
import { z } from "zod";
import type { Db } from "../storage/open-database";

export interface AuditEntry {
  action: AuditAction;
  /** Null for events that belong to a person rather than a workspace (sign-ins). */
  workspaceId: string | null;
  actorId: string | null;
  target?: { type: string; id: string };
  detail?: Record<string, string>;
  nowIso: string;
}

/**
 * Appends one event. Call it with the transaction that makes the change, so the log holds an
 * event exactly when the change happened. Nothing updates or deletes these rows.
 *
 * @example
 * await recordAudit(trx, { action: "map.deleted", workspaceId, actorId: actor.userId, target: { type: "map", id }, nowIso });
 */
export async function recordAudit(db: Db, e: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_events")
    .values({
      workspace_id: e.workspaceId,
      actor_id: e.actorId,
      action: e.action,
      target_type: e.target?.type ?? null,
      target_id: e.target?.id ?? null,
      detail: JSON.stringify(e.detail ?? {}),
      created_at: e.nowIso,
    })
    .execute();
}

const detailSchema = z.record(z.string(), z.string());

/**
 * A workspace's events, newest first: its own, and the sign-ins of its current members.
 * `before` pages back by sequence number.
 */
export async function listAudit(db: Db, workspaceId: string, q: { action?: AuditAction; before?: number; limit: number }): Promise<AuditEvent[]> {
  const members = db.selectFrom("memberships").select("user_id").where("workspace_id", "=", workspaceId);
  let query = db
    .selectFrom("audit_events")
    .leftJoin("users", "users.id", "audit_events.actor_id")
    .select(["audit_events.seq", "audit_events.action", "audit_events.actor_id", "audit_events.target_type", "audit_events.target_id", "audit_events.detail", "audit_events.created_at", "users.name", "users.email"])
    .where((eb) => eb.or([eb("audit_events.workspace_id", "=", workspaceId), eb.and([eb("audit_events.workspace_id", "is", null), eb("audit_events.actor_id", "in", members)])]));
  if (q.action) query = query.where("audit_events.action", "=", q.action);
  if (q.before !== undefined) query = query.where("audit_events.seq", "<", q.before);
  const rows = await query.orderBy("audit_events.seq", "desc").limit(q.limit).execute();
  return rows.map((r) => ({
    seq: Number(r.seq),
    action: auditActionSchema.parse(r.action),
    actor: r.actor_id && r.name !== null && r.email !== null ? { userId: r.actor_id, name: r.name, email: r.email } : null,
    target: r.target_type && r.target_id ? { type: r.target_type, id: r.target_id } : null,
    detail: detailSchema.parse(JSON.parse(r.detail)),
    at: r.created_at,
  }));
}
