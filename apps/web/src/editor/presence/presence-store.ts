import type { Awareness } from "y-protocols/awareness";
import { presenceStateSchema, type Peer } from "./presence-state";

const NOBODY: Peer[] = [];

/**
 * Everybody on one map, read from awareness once per change and shared by every component that
 * shows presence: the list in the toolbar and the markers in each of the grid's cells. One
 * listener and one validation per change instead of one per cell, and a cell's list keeps its
 * identity while the people in it stay, so only the cells someone entered or left re-render.
 */
export class PresenceStore {
  private peers: Peer[] = NOBODY;
  private byCell = new Map<string, Peer[]>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly awareness: Awareness) {
    this.read();
    awareness.on("change", this.onChange);
  }

  private read(): void {
    const list: Peer[] = [];
    this.awareness.getStates().forEach((state, clientId) => {
      const parsed = presenceStateSchema.safeParse(state);
      if (parsed.success) list.push({ ...parsed.data, clientId, self: clientId === this.awareness.clientID });
    });
    list.sort((a, b) => Number(b.self) - Number(a.self) || a.clientId - b.clientId);
    const byCell = new Map<string, Peer[]>();
    for (const p of list) {
      if (p.self || !p.cell) continue;
      const at = byCell.get(p.cell);
      if (at) at.push(p);
      else byCell.set(p.cell, [p]);
    }
    // Keep the earlier list of a cell whose people did not change.
    for (const [cell, at] of byCell) {
      const before = this.byCell.get(cell);
      if (before && samePeople(before, at)) byCell.set(cell, before);
    }
    this.peers = samePeople(this.peers, list) ? this.peers : list;
    this.byCell = byCell;
  }

  private readonly onChange = () => {
    this.read();
    for (const l of this.listeners) l();
  };

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Everybody on the map, this page first. */
  readonly getPeers = (): Peer[] => this.peers;

  /** The other people at `cell`, in a list that keeps its identity while they stay. */
  othersAt(cell: string): Peer[] {
    return this.byCell.get(cell) ?? NOBODY;
  }

  dispose(): void {
    this.awareness.off("change", this.onChange);
    this.listeners.clear();
  }
}

function samePeople(a: Peer[], b: Peer[]): boolean {
  return a.length === b.length && a.every((p, i) => {
    const q = b[i]!;
    return p.clientId === q.clientId && p.self === q.self && p.cell === q.cell && p.user.name === q.user.name && p.user.color === q.user.color;
  });
}

const stores = new WeakMap<Awareness, PresenceStore>();

/** The one store of an awareness instance, made on first use; it lives as long as the awareness does. */
export function presenceStoreOf(awareness: Awareness): PresenceStore {
  let store = stores.get(awareness);
  if (!store) {
    store = new PresenceStore(awareness);
    stores.set(awareness, store);
  }
  return store;
}
