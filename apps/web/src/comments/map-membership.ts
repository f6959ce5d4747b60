import { useEffect, useState } from "react";
import type { KaartClient, Role } from "@kaart/contract";
import type { MentionCandidate } from "./mention-query";

export type MembershipClient = Pick<KaartClient, "getMap" | "listWorkspaces" | "listMembers">;

export interface MapMembership {
  /** The members of the map's workspace, who can be mentioned; empty until loaded. */
  members: MentionCandidate[];
  /** The signed-in user's role in that workspace; undefined until known (or when it cannot be read). */
  role: Role | undefined;
}

/**
 * Who can be mentioned on map `mapId` and what the user may do there, read when `enabled` turns
 * true (the comments panel opens). The map names its workspace; the workspace list carries the
 * user's role. A failure leaves both unknown: the server still refuses what the role does not allow.
 */
export function useMapMembership(mapId: string, client: MembershipClient, enabled: boolean): MapMembership {
  const [membership, setMembership] = useState<MapMembership>({ members: [], role: undefined });
  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    void (async () => {
      try {
        const { summary } = await client.getMap({ params: { mapId } });
        const [members, workspaces] = await Promise.all([client.listMembers({ params: { workspaceId: summary.workspaceId } }), client.listWorkspaces({})]);
        if (live) setMembership({ members: members.map(({ userId, name, email }) => ({ userId, name, email })), role: workspaces.find((w) => w.id === summary.workspaceId)?.role });
      } catch {
        // Mentions still work typed by hand; the panel behaves as before its role was known.
      }
    })();
    return () => {
      live = false;
    };
  }, [mapId, client, enabled]);
  return membership;
}
