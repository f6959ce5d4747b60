import { useEffect, useState } from "react";
import * as Y from "yjs";
import { HocuspocusProvider } from "@hocuspocus/provider";
import { createMapSession, disposeMapSession, type MapSession } from "../session/map-session";
import { presenceColor } from "./presence-color";
import { receiveStateless, resyncComments } from "../../comments/comments-changed";

import { ConnectionStatusStore, type ConnectionStatus } from "./connection-status";

/** The collaboration socket of this page's origin (`/collab`, proxied by Vite in development). */
function collabUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss" : "ws"}://${host}/collab`;
}

/**
 * Opens map `mapId` on the server: one Y.Doc named `map:<id>` through Hocuspocus. "synced" means
 * the server has acknowledged every local change, which it stores before acknowledging. The status
 * is a store (see `ConnectionStatusStore`), read with `useConnectionStatus`.
 */
export function useMapConnection(mapId: string, user: { id: string; name: string }) {
  const [session, setSession] = useState<MapSession>();
  const [status, setStatus] = useState(() => new ConnectionStatusStore());
  const [readOnly, setReadOnly] = useState(false);
  useEffect(() => {
    const ydoc = new Y.Doc();
    let synced = false;
    const statusStore = new ConnectionStatusStore();
    setStatus(statusStore);
    const set = (next: ConnectionStatus) => statusStore.set(next);
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
      onAuthenticationFailed: () => statusStore.set("denied"),
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
