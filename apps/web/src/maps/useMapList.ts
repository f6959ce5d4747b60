import { useEffect, useState } from "react";
import type { MapSummary } from "@kaart/contract";
import { api } from "../api/api-client";
import { errorMessage } from "../api/error-message";

/** The workspace's maps matching `query` (the server searches titles, tags and content). */
export function useMapList(workspaceId: string | undefined, query: string) {
  const [maps, setMaps] = useState<MapSummary[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!workspaceId) return;
    let live = true;
    const q = query.trim();
    api
      .listMaps({ params: { workspaceId }, query: q ? { q, include: "active" } : { include: "active" } })
      .then((list) => live && setMaps(list), (e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [workspaceId, query]);
  return { maps, error };
}
