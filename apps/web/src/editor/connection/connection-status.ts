import { useSyncExternalStore } from "react";

/** "denied": the server refused the map (no access, or no such map — it does not say which). */
export type ConnectionStatus = "connecting" | "connected" | "synced" | "offline" | "denied";

/**
 * The connection's status outside React state: it flips between "connected" and "synced" with
 * every keystroke (unacknowledged changes, then acknowledged), so only the small components that
 * show it subscribe — not the screen that holds the whole editor.
 */
export class ConnectionStatusStore {
  private status: ConnectionStatus = "connecting";
  private readonly listeners = new Set<() => void>();

  /** Once denied, a map stays denied for this connection: later status events do not undo it. */
  set(next: ConnectionStatus): void {
    if (this.status === "denied" || this.status === next) return;
    this.status = next;
    for (const l of this.listeners) l();
  }

  readonly get = (): ConnectionStatus => this.status;

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/** The status, or a coarser view of it (`pick`), re-rendering only when that changes. */
export function useConnectionStatus<T = ConnectionStatus>(store: ConnectionStatusStore, pick: (s: ConnectionStatus) => T = (s) => s as T): T {
  return useSyncExternalStore(store.subscribe, () => pick(store.get()));
}
