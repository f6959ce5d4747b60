import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from "react";
import { createZoomStore, FIXED_ZOOM, type ZoomStorage, type ZoomStore } from "./zoom-store";
import "./zoom.css";

const ZoomContext = createContext<ZoomStore>(FIXED_ZOOM);

/** The zoom store of one map's editor, made once per map (each map keeps its own zoom). */
export function useMapZoomStore(mapId: string, storage?: ZoomStorage): ZoomStore {
  return useMemo(() => createZoomStore(mapId, storage), [mapId, storage]);
}

/** Gives the grid and the toolbar of one editor its zoom store. */
export function ZoomProvider({ store, children }: { store: ZoomStore; children: ReactNode }) {
  return <ZoomContext.Provider value={store}>{children}</ZoomContext.Provider>;
}

export function useZoomStore(): ZoomStore {
  return useContext(ZoomContext);
}

/** The current zoom (1 = 100 %); re-renders the caller only when it changes. */
export function useZoom(): number {
  const store = useZoomStore();
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
