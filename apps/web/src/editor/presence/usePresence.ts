import { useEffect, useState } from "react";
import { z } from "zod";
import { useEditorActions } from "../session/EditorContext";

/** What each client publishes through awareness: who it is and the cell it is at (presence, not document). */
export const presenceStateSchema = z.object({
  user: z.object({ name: z.string().max(200), color: z.string().regex(/^#[0-9a-f]{6}$/i) }),
  cell: z.string().max(300).optional(),
});
export type PresenceState = z.infer<typeof presenceStateSchema>;

export interface Peer extends PresenceState {
  clientId: number;
  self: boolean;
}

/** Everybody on the map, this page first. Awareness states come from other clients: validated. */
export function usePresence(): Peer[] {
  const { session } = useEditorActions();
  const awareness = session.awareness;
  const [peers, setPeers] = useState<Peer[]>([]);
  useEffect(() => {
    if (!awareness) return;
    const read = () => {
      const list: Peer[] = [];
      awareness.getStates().forEach((state, clientId) => {
        const parsed = presenceStateSchema.safeParse(state);
        if (parsed.success) list.push({ ...parsed.data, clientId, self: clientId === awareness.clientID });
      });
      list.sort((a, b) => Number(b.self) - Number(a.self) || a.clientId - b.clientId);
      setPeers(list);
    };
    read();
    awareness.on("change", read);
    return () => awareness.off("change", read);
  }, [awareness]);
  return peers;
}

/** Publishes the cell this page is at. */
export function usePublishCell(): (cell: string) => void {
  const { session } = useEditorActions();
  return (cell) => session.awareness?.setLocalStateField("cell", cell);
}
