import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import type { SessionInfo, Workspace } from "@kaart/contract";
import { api } from "./api-client";

interface SessionState {
  /** undefined while asking the server, null when signed out. */
  session: SessionInfo | null | undefined;
  workspace: Workspace | undefined;
  signedIn(info: SessionInfo): Promise<void>;
  signOut(): Promise<void>;
  /** Shows this workspace's maps from now on (after joining one by invitation). */
  chooseWorkspace(workspace: Workspace): void;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

/** The user's first workspace; one named after them is made on first use. */
async function firstWorkspace(info: SessionInfo): Promise<Workspace> {
  const list = await api.listWorkspaces({});
  return list[0] ?? (await api.createWorkspace({ body: { name: info.user.name || info.user.email } }));
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionInfo | null | undefined>(undefined);
  const [workspace, setWorkspace] = useState<Workspace | undefined>(undefined);
  const signedIn = useCallback(async (info: SessionInfo) => {
    setWorkspace(await firstWorkspace(info));
    setSession(info);
  }, []);
  useEffect(() => {
    // Asked together: a signed-in user (the usual case) needs both, and a signed-out one's refused
    // workspace list is ignored.
    const workspaces = api.listWorkspaces({}).catch(() => undefined);
    api.session({}).then(async (info) => {
      const list = await workspaces;
      setWorkspace(list?.[0] ?? (await firstWorkspace(info)));
      setSession(info);
    }, () => setSession(null));
  }, []);
  const signOut = useCallback(async () => {
    await api.logout({}).catch(() => undefined);
    setSession(null);
    setWorkspace(undefined);
  }, []);
  return <SessionContext.Provider value={{ session, workspace, signedIn, signOut, chooseWorkspace: setWorkspace }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}
