import { useSyncExternalStore } from "react";
import { useEditorActions } from "../session/EditorContext";
import { presenceStoreOf } from "./presence-store";
import type { Peer } from "./presence-state";

const NOBODY: Peer[] = [];
const noSubscription = () => () => {};

/** Everybody on the map, this page first. Awareness states come from other clients: validated. */
export function usePresence(): Peer[] {
  const { session } = useEditorActions();
  const store = session.awareness && presenceStoreOf(session.awareness);
  return useSyncExternalStore(store?.subscribe ?? noSubscription, store?.getPeers ?? (() => NOBODY));
}

/** The other people at one cell; re-renders only when they change. */
export function useOthersAt(cell: string): Peer[] {
  const { session } = useEditorActions();
  const store = session.awareness && presenceStoreOf(session.awareness);
  return useSyncExternalStore(store?.subscribe ?? noSubscription, () => store?.othersAt(cell) ?? NOBODY);
}

/** Publishes the cell this page is at. */
export function usePublishCell(): (cell: string) => void {
  const { session } = useEditorActions();
  return (cell) => session.awareness?.setLocalStateField("cell", cell);
}
