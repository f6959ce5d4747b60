import type { FastifyInstance } from "fastify";
import { ENDPOINTS, roleSchema, type InvitationPreview } from "@kaart/contract";
import { ApiError } from "../http/api-error";
import { route } from "../http/route";
import type { ServerContext } from "../server-context";
import { liveInvitation } from "./invitation-lookup";

/**
 * The public side of an invitation link: what the `/invite/<token>` page shows before anyone signs
 * in. Only a live link's holder learns the workspace's name, the role and who invited them.
 */
export function invitationRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx.database;

  route(app, ctx, ENDPOINTS.getInvitation, async ({ params }): Promise<InvitationPreview> => {
    const inv = await liveInvitation(db, ctx, params.token);
    const workspace = await db.selectFrom("workspaces").select("name").where("id", "=", inv.workspace_id).executeTakeFirst();
    if (!workspace) throw new ApiError("invitation_invalid", "this invitation link is unknown or was revoked; ask the workspace owner for a new one");
    // The inviter may have deleted their account since: the link still works, unsigned.
    const inviter = await db.selectFrom("users").select("name").where("id", "=", inv.created_by).executeTakeFirst();
    return { workspaceId: inv.workspace_id, workspaceName: workspace.name, role: roleSchema.parse(inv.role), invitedBy: inviter?.name ?? "", expiresAt: inv.expires_at };
  });
}
