import { useRef, useSyncExternalStore } from "react";
import type { JourneyDocument } from "@kaart/core";
import type { DocumentStore } from "./document-store";

/** Same length and the same items by identity: records keep their identity while unchanged (the store's reader shares them). */
export function sameItems<T extends readonly unknown[]>(a: T, b: T): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

/**
 * Subscribes a component to the part of the document `select` picks, so it re-renders only when
 * that part changes (compared with `isEqual`), not on every edit of the map. `select` runs on
 * each store update and each render; it must return records or primitives, or an array of them
 * compared with `sameItems`, so an unchanged part compares equal. Undefined before the document loads.
 */
export function useStoreSelector<T>(store: DocumentStore, select: (doc: JourneyDocument) => T, isEqual: (a: T, b: T) => boolean = Object.is): { value: T } | undefined {
  const last = useRef<{ value: T } | undefined>(undefined);
  const read = () => {
    const doc = store.getSnapshot();
    if (!doc) return undefined;
    const next = select(doc);
    // Keeps the earlier value when equal: useSyncExternalStore re-renders on a new identity.
    // Boxed, so a selected `undefined` (a missing record) is told apart from a document not loaded yet.
    if (last.current && isEqual(last.current.value, next)) return last.current;
    last.current = { value: next };
    return last.current;
  };
  return useSyncExternalStore(store.subscribe, read);
}
