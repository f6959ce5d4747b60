import { useState } from "react";
import { api } from "../api/api-client";
import { useSession } from "../api/session";
import { errorMessage } from "../api/error-message";
import { navigate } from "../app/route";

/** Creates a map in the user's workspace on the server and opens it. */
export function useCreateMap() {
  const { workspace } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const create = async (body: { title: string; lang: string; templateId?: string }) => {
    if (!workspace) return;
    setBusy(true);
    setError(undefined);
    try {
      const summary = await api.createMap({ params: { workspaceId: workspace.id }, body });
      navigate({ screen: "editor", mapId: summary.id });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return { create, busy, error };
}
