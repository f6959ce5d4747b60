import type { onAuthenticatePayload } from "@hocuspocus/server";
import { mapIdSchema, roleAtLeast } from "@kaart/contract";
import { resolveActor } from "../auth/actor";
import { authorizeMap } from "../auth/authorize";
import type { ServerContext } from "../server-context";
import type { ConnectionOwner } from "./socket-registry";

/** What a connection carries in its Hocuspocus context after authentication. */
export interface CollabContext extends ConnectionOwner {
  role: string;
}

/**
 * Authenticates a document connection with the same credentials as HTTP: the provider's token
 * is an API token, or (token empty) the session cookie of the upgrade request. Viewers and
 * commenters get read-only connections; anybody without access gets the same refusal.
 */
export async function authenticateCollab(ctx: ServerContext, payload: onAuthenticatePayload, cookies: Record<string, string | undefined>): Promise<CollabContext> {
  const mapId = mapIdSchema.safeParse(payload.documentName);
  if (!mapId.success) throw new Error("not_found: documents are named after map ids (map:…)");
  const headers = payload.token ? { authorization: `Bearer ${payload.token}` } : {};
  const actor = await resolveActor(ctx.database.db, ctx.secret, ctx.clock.now().toISOString(), { headers, cookies });
  if (!actor) throw new Error("unauthenticated");
  let access;
  try {
    access = await authorizeMap(ctx.database.db, actor, mapId.data, "viewer");
  } catch {
    throw new Error("not_found");
  }
  payload.connectionConfig.readOnly = !roleAtLeast(access.role, "editor");
  return { userId: actor.userId, workspaceId: access.map.workspace_id, sessionHash: actor.sessionHash, tokenId: actor.tokenId, role: access.role };
}
