import type { Db } from "../storage/open-database";
import { notify } from "./notifications";

/** Tells the maker of an invitation link that someone joined with it (not when they used it themselves). */
export async function notifyInvitationUsed(db: Db, inv: { id: string; workspace_id: string; created_by: string }, userId: string, role: string, nowIso: string): Promise<void> {
  if (inv.created_by === userId) return;
  const who = await db.selectFrom("users").select(["name", "email"]).where("id", "=", userId).executeTakeFirst();
  const workspace = await db.selectFrom("workspaces").select("name").where("id", "=", inv.workspace_id).executeTakeFirst();
  await notify(db, {
    userId: inv.created_by,
    kind: "member.joined",
    workspaceId: inv.workspace_id,
    subject: { type: "invitation", id: inv.id },
    detail: { userId, name: who?.name ?? "", email: who?.email ?? "", role, workspace: workspace?.name ?? "" },
    nowIso,
  });
}

/** Tells the maker of a share link that it was opened; openings while unread add up in one notification. */
export async function notifyShareLinkOpened(db: Db, link: { id: string; map_id: string; created_by: string }, mapTitle: string, nowIso: string): Promise<void> {
  const map = await db.selectFrom("maps").select("workspace_id").where("id", "=", link.map_id).executeTakeFirst();
  await notify(db, { userId: link.created_by, kind: "share_link.opened", workspaceId: map?.workspace_id ?? null, subject: { type: "share_link", id: link.id }, detail: { mapId: link.map_id, title: mapTitle }, nowIso });
}
