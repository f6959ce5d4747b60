import { clampZoom } from "./zoom-levels";

/** Where the zoom of one map is kept: a view setting of this browser, never part of the map. */
export interface ZoomStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface ZoomStore {
  get(): number;
  set(zoom: number): void;
  subscribe(listener: () => void): () => void;
}

const keyOf = (mapId: string) => `kaart.zoom.${mapId}`;

/** localStorage, or nothing when the browser refuses it (private mode, quota): the zoom then lasts the visit. */
function browserStorage(): ZoomStorage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * One map's zoom, read once from storage and written back on each change. A store outside React,
 * so only what shows the zoom (the grid's wrapper, the toolbar) re-renders when it changes, and
 * nothing re-renders for an edit of the map.
 */
export function createZoomStore(mapId: string, storage: ZoomStorage | undefined = browserStorage()): ZoomStore {
  const listeners = new Set<() => void>();
  let stored: string | null = null;
  try {
    stored = storage?.getItem(keyOf(mapId)) ?? null;
  } catch {
    stored = null;
  }
  let zoom = stored === null ? 1 : clampZoom(Number(stored));
  return {
    get: () => zoom,
    set(next) {
      const value = clampZoom(next);
      if (value === zoom) return;
      zoom = value;
      try {
        storage?.setItem(keyOf(mapId), String(value));
      } catch {
        // A full or refused storage keeps the zoom for this visit only.
      }
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** The store of an editor without a provider (a grid rendered alone): 100 %, unchangeable. */
export const FIXED_ZOOM: ZoomStore = { get: () => 1, set: () => undefined, subscribe: () => () => undefined };
