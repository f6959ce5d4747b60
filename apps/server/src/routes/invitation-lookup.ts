import { keyedHash } from "../auth/keyed-hash";
import { ApiError } from "../http/api-error";
import type { ServerContext } from "../server-context";
import type { Db } from "../storage/open-database";
import type { Tables } from "../storage/tables";

export type InvitationRow = Tables["invitations"];

/**
 * The live invitation a link's token names, or the reason it cannot be used. Used and expired links
 * say so (their holder had the secret token, so nothing leaks); unknown and revoked ones look alike.
 * A used link reads as used even once it has also expired.
 */
export async function liveInvitation(db: Db, ctx: ServerContext, token: string): Promise<InvitationRow> {
  const inv = await db.selectFrom("invitations").selectAll().where("token_hash", "=", keyedHash(ctx.secret, token)).executeTakeFirst();
  if (!inv) throw new ApiError("invitation_invalid", "this invitation link is unknown or was revoked; ask the workspace owner for a new one");
  if (inv.accepted_by !== null) throw new ApiError("invitation_used", "this invitation link has already been used; ask the workspace owner for a new one");
  if (inv.expires_at <= ctx.clock.now().toISOString()) throw new ApiError("invitation_expired", "this invitation link has expired; ask the workspace owner for a new one");
  return inv;
}
