import { roleAtLeast, roleSchema } from "@kaart/contract";
import { recordAudit } from "../audit/audit-log";
import { notifyInvitationUsed } from "../notifications/notification-events";
import type { ServerContext } from "../server-context";
import type { Db } from "../storage/open-database";
import { liveInvitation } from "./invitation-lookup";

/**
 * Makes `userId` a member through an invitation link. A link works once; an existing member
 * keeps the stronger of the two roles. Returns the workspace id.
 */
export async function acceptInvitation(trx: Db, ctx: ServerContext, token: string, userId: string): Promise<string> {
  const now = ctx.clock.now().toISOString();
  const inv = await liveInvitation(trx, ctx, token);
  await trx.updateTable("invitations").set({ accepted_by: userId }).where("id", "=", inv.id).execute();
  const role = roleSchema.parse(inv.role);
  const existing = await trx.selectFrom("memberships").select("role").where("workspace_id", "=", inv.workspace_id).where("user_id", "=", userId).executeTakeFirst();
  if (!existing) {
    await trx.insertInto("memberships").values({ workspace_id: inv.workspace_id, user_id: userId, role, created_at: now }).execute();
  } else if (!roleAtLeast(roleSchema.parse(existing.role), role)) {
    await trx.updateTable("memberships").set({ role }).where("workspace_id", "=", inv.workspace_id).where("user_id", "=", userId).execute();
  }
  await recordAudit(trx, { action: "member.joined", workspaceId: inv.workspace_id, actorId: userId, target: { type: "invitation", id: inv.id }, detail: { role }, nowIso: now });
  await notifyInvitationUsed(trx, inv, userId, role, now);
  return inv.workspace_id;
}
