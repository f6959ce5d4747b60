import { ApiError } from "../http/api-error";
import type { Db } from "../storage/open-database";

/**
 * Deletes an account inside the caller's transaction. Workspaces the person alone belongs to are
 * deleted with their maps (update logs and snapshots included); a workspace shared with others
 * must first get another owner, and the last instance admin cannot leave. Sessions, tokens,
 * memberships and notifications go by cascade; audit events keep the bare user id (the name and
 * e-mail are gone with the account).
 */
export async function deleteAccount(db: Db, userId: string): Promise<{ deletedWorkspaces: string[] }> {
  const user = await db.selectFrom("users").select(["is_admin"]).where("id", "=", userId).executeTakeFirstOrThrow();
  if (user.is_admin === 1) {
    const admins = await db.selectFrom("users").select("id").where("is_admin", "=", 1).execute();
    if (admins.length === 1) throw new ApiError("conflict", "you are the instance's only admin; make another admin first");
  }
  const mine = await db.selectFrom("memberships").select(["workspace_id", "role"]).where("user_id", "=", userId).execute();
  const solo: string[] = [];
  const blocking: string[] = [];
  for (const m of mine) {
    const others = await db.selectFrom("memberships").select(["user_id", "role"]).where("workspace_id", "=", m.workspace_id).where("user_id", "!=", userId).execute();
    if (others.length === 0) solo.push(m.workspace_id);
    else if (m.role === "owner" && !others.some((o) => o.role === "owner")) blocking.push(m.workspace_id);
  }
  if (blocking.length) throw new ApiError("conflict", "you are the last owner of a shared workspace; give it another owner first", blocking.map((id) => ({ path: `/workspaces/${id}`, message: "needs another owner" })));
  for (const workspaceId of solo) {
    const maps = db.selectFrom("maps").select("id").where("workspace_id", "=", workspaceId);
    await db.deleteFrom("map_updates").where("map_id", "in", maps).execute();
    await db.deleteFrom("map_snapshots").where("map_id", "in", maps).execute();
    await db.deleteFrom("workspaces").where("id", "=", workspaceId).execute();
  }
  await db.deleteFrom("users").where("id", "=", userId).execute();
  return { deletedWorkspaces: solo };
}
