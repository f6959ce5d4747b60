import { roleAtLeast, roleSchema, type Role } from "@kaart/contract";
import type { Db } from "../storage/open-database";
import type { Tables } from "../storage/tables";
import { ApiError, notFound } from "../http/api-error";
import type { Actor } from "./actor";

/** The caller's role in a workspace, or null for non-members. */
export async function roleIn(db: Db, userId: string, workspaceId: string): Promise<Role | null> {
  const row = await db.selectFrom("memberships").select("role").where("workspace_id", "=", workspaceId).where("user_id", "=", userId).executeTakeFirst();
  return row ? roleSchema.parse(row.role) : null;
}

function require(role: Role | null, needed: Role, what: string): Role {
  if (!role) throw notFound(what);
  if (!roleAtLeast(role, needed)) throw new ApiError("forbidden", `this needs the ${needed} role; you are ${role}`);
  return role;
}

/** Step "authorize" for workspace routes: non-members get 404, members below `needed` get 403. */
export async function authorizeWorkspace(db: Db, actor: Actor, workspaceId: string, needed: Role): Promise<Role> {
  return require(await roleIn(db, actor.userId, workspaceId), needed, "workspace");
}

/**
 * Step "authorize" for map routes: the map's workspace decides. Maps in the bin are found only
 * when `inBin` is set (restore, and lists that ask for them).
 */
export async function authorizeMap(
  db: Db,
  actor: Actor,
  mapId: string,
  needed: Role,
  opts: { inBin?: boolean } = {},
): Promise<{ map: Tables["maps"]; role: Role }> {
  const map = await db.selectFrom("maps").selectAll().where("id", "=", mapId).executeTakeFirst();
  if (!map || (map.deleted_at !== null && !opts.inBin)) throw notFound("map");
  const role = require(await roleIn(db, actor.userId, map.workspace_id), needed, "map");
  return { map, role };
}
