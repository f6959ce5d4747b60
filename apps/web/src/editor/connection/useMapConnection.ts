import { useEffect, useState } from "react";
import * as Y from "yjs";
import { HocuspocusProvider } from "@hocuspocus/provider";
import { createMapSession, disposeMapSession, type MapSession } from "../session/map-session";
import { presenceColor } from "./presence-color";
import { receiveStateless, resyncComments } from "../../comments/comments-changed";

/** "denied": the server refused the map (no access, or no such map — it does not say which). */
export type ConnectionStatus = "connecting" | "connected" | "synced" | "offline" | "denied";

/** The collaboration socket of this page's origin (`/collab`, proxied by Vite in development). */
function collabUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss" : "ws"}://${host}/collab`;
}

/**
 * Opens map `mapId` on the server: one Y.Doc named `map:<id>` through Hocuspocus. "synced" means
 * the server has acknowledged every local change, which it stores before acknowledging.
 */
export function useMapConnection(mapId: string, user: { id: string; name: string }) {
  const [session, setSession] = useState<MapSession>();
  const [status, setStatus] = useState<ConnectionStatus>("connecting");
  const [readOnly, setReadOnly] = useState(false);
  useEffect(() => {
    const ydoc = new Y.Doc();
    let synced = false;
    setStatus("connecting");
    const set = (next: ConnectionStatus) => setStatus((current) => (current === "denied" ? current : next));
    const refresh = (provider: HocuspocusProvider) => set(!synced ? "connecting" : provider.hasUnsyncedChanges ? "connected" : "synced");
    const provider: HocuspocusProvider = new HocuspocusProvider({
      url: collabUrl(),
      name: `map:${mapId.replace(/^map:/, "")}`,
      document: ydoc,
      onSynced: () => {
        synced = true;
        refresh(provider);
        resyncComments(mapId);
      },
      onUnsyncedChanges: () => refresh(provider),
      onStatus: ({ status: s }) => (s === "disconnected" ? set("offline") : refresh(provider)),
      onAuthenticated: ({ scope }) => setReadOnly(scope === "readonly"),
      onAuthenticationFailed: () => setStatus("denied"),
      onStateless: ({ payload }) => receiveStateless(mapId, payload),
    });
    provider.setAwarenessField("user", { name: user.name, color: presenceColor(user.id) });
    const s = createMapSession(ydoc, "server", provider.awareness ?? undefined);
    setSession(s);
    return () => {
      disposeMapSession(s);
      provider.destroy();
      ydoc.destroy();
    };
  }, [mapId, user.id, user.name]);
  return { session, status, readOnly };
}
