import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import type { JourneyDocument, PersonaId } from "@kaart/core";
import type { MapSession } from "./map-session";
import { useStoreSelector } from "./record-selector";
import { edit, type EditBatch, type EditFailure, type Operation } from "./edit";

export interface EditorApi {
  session: MapSession;
  doc: JourneyDocument;
  /** Applies one operation; returns its value, or undefined when it was refused. */
  run<A, T>(op: Operation<A, T>, args: A): T | undefined;
  /** Applies several operations as one change (one undo step). */
  batch<R>(build: (b: EditBatch) => R): R | undefined;
  lastError: EditFailure | undefined;
  /** The persona whose emotion curve is shown; undefined for the persona-less curve. */
  personaId: PersonaId | undefined;
  /** "all" picks the persona-less curve. */
  setPersonaId(id: PersonaId | "all"): void;
  readOnly: boolean;
}

/** The part of the editor that does not change with the document: cells read records through `useDocSelector`. */
export type EditorActions = Omit<EditorApi, "doc" | "lastError">;

const ActionsCtx = createContext<EditorActions | undefined>(undefined);
const ErrorCtx = createContext<EditFailure | undefined>(undefined);

const now = () => new Date().toISOString();

/**
 * Provides one open map to the editor below it. Its `children` are rendered once the document has
 * loaded (`fallback` before) and are not re-rendered by edits: only components that read the
 * document re-render — through `useDocSelector` when the part they show changes, through
 * `useEditor` on every change (dialogs that need the whole map while open). On a large map that
 * difference is what keeps a keystroke cheap.
 */
export function EditorProvider({ session, readOnly = false, fallback = null, children }: { session: MapSession; readOnly?: boolean; fallback?: ReactNode; children: ReactNode }) {
  const loaded = useSyncExternalStore(session.store.subscribe, () => session.store.getSnapshot() !== undefined);
  const personas = useStoreSelector(session.store, (doc) => doc.personas)?.value;
  const [lastError, setLastError] = useState<EditFailure>();
  const [chosenPersona, setPersonaId] = useState<PersonaId | "all">();
  const batch = useCallback(<R,>(build: (b: EditBatch) => R) => edit(session, build, now, setLastError), [session]);
  const run = useCallback(<A, T>(op: Operation<A, T>, args: A) => batch((b) => b.run(op, args)), [batch]);
  // A persona removed by someone else falls back to the first persona of the map.
  const personaId = chosenPersona === "all" ? undefined : chosenPersona && personas?.[chosenPersona] ? chosenPersona : Object.values(personas ?? {})[0]?.id;
  // Stable across edits, so components reading it (and memoized on their records) skip a keystroke elsewhere.
  const actions = useMemo(() => ({ session, run, batch, personaId, setPersonaId, readOnly }), [session, run, batch, personaId, readOnly]);
  return (
    <ActionsCtx.Provider value={actions}>
      <ErrorCtx.Provider value={lastError}>
        {loaded ? children : fallback}
      </ErrorCtx.Provider>
    </ActionsCtx.Provider>
  );
}

/**
 * The whole editor with the document: re-renders on every change of the map, so use it in panels
 * and dialogs that are open, not in the grid (use `useDocSelector` and `useEditorActions` there).
 */
export function useEditor(): EditorApi {
  const actions = useEditorActions();
  const lastError = useLastEditError();
  // Subscribed to the store, not passed down a context: a context that changed per keystroke
  // would make React walk the whole grid looking for its readers.
  const doc = useSyncExternalStore(actions.session.store.subscribe, actions.session.store.getSnapshot);
  if (!doc) throw new Error("useEditor before the document loaded");
  return useMemo(() => ({ ...actions, doc, lastError }), [actions, doc, lastError]);
}

/** The session, `run`, `batch`, persona and read-only flag, without the document: does not re-render on edits. */
export function useEditorActions(): EditorActions {
  const value = useContext(ActionsCtx);
  if (!value) throw new Error("useEditorActions outside an EditorProvider");
  return value;
}

/** Why the last edit of this page was refused; undefined after none. */
export function useLastEditError(): EditFailure | undefined {
  return useContext(ErrorCtx);
}

/**
 * The part of the document `select` picks, re-rendering only when it changes (see `useStoreSelector`).
 * Used under a loaded provider, where the document is always there.
 */
export function useDocSelector<T>(select: (doc: JourneyDocument) => T, isEqual?: (a: T, b: T) => boolean): T {
  const { session } = useEditorActions();
  const picked = useStoreSelector(session.store, select, isEqual);
  if (!picked) throw new Error("useDocSelector before the document loaded");
  return picked.value;
}

const noSubscription = () => () => {};

/**
 * The whole document while `active` (a dialog is open, say), following every change; while not,
 * the document as it was when last read, without re-rendering on edits. For components that stay
 * mounted all the time but need the map only now and then: a closed dialog costs nothing per keystroke.
 */
export function useDocumentWhile(active: boolean): JourneyDocument {
  const { session } = useEditorActions();
  const held = useRef<JourneyDocument | undefined>(undefined);
  const read = () => {
    if (active || !held.current) held.current = session.store.getSnapshot();
    if (!held.current) throw new Error("useDocumentWhile before the document loaded");
    return held.current;
  };
  return useSyncExternalStore(active ? session.store.subscribe : noSubscription, read);
}

/**
 * The whole document, caught up `quietMs` after the last change rather than on every one: for
 * panels that summarise the map (analysis, comment anchors), which need not redraw per keystroke
 * and cost more than a keystroke may. The first render has the current document.
 */
export function useSettledDocument(quietMs: number): JourneyDocument {
  const { session } = useEditorActions();
  const [doc, setDoc] = useState(() => session.store.getSnapshot());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setDoc(session.store.getSnapshot()), quietMs);
    };
    // A change between the first render and this subscription is caught too.
    setDoc(session.store.getSnapshot());
    const stop = session.store.subscribe(settle);
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [session, quietMs]);
  if (!doc) throw new Error("useSettledDocument before the document loaded");
  return doc;
}
