import { createContext, useCallback, useContext, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
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

const Ctx = createContext<EditorApi | undefined>(undefined);
const ActionsCtx = createContext<EditorActions | undefined>(undefined);

const now = () => new Date().toISOString();

export function EditorProvider({ session, readOnly = false, children }: { session: MapSession; readOnly?: boolean; children: (doc: JourneyDocument | undefined) => ReactNode }) {
  const doc = useSyncExternalStore(session.store.subscribe, session.store.getSnapshot);
  const [lastError, setLastError] = useState<EditFailure>();
  const [chosenPersona, setPersonaId] = useState<PersonaId | "all">();
  const batch = useCallback(<R,>(build: (b: EditBatch) => R) => edit(session, build, now, setLastError), [session]);
  const run = useCallback(<A, T>(op: Operation<A, T>, args: A) => batch((b) => b.run(op, args)), [batch]);
  // A persona removed by someone else falls back to the first persona of the map.
  const personaId = chosenPersona === "all" ? undefined : chosenPersona && doc?.personas[chosenPersona] ? chosenPersona : Object.values(doc?.personas ?? {})[0]?.id;
  const api = useMemo(
    () => (doc ? { session, doc, run, batch, lastError, personaId, setPersonaId, readOnly } : undefined),
    [session, doc, run, batch, lastError, personaId, readOnly],
  );
  // Stable across edits, so components reading it (and memoized on their records) skip a keystroke elsewhere.
  const actions = useMemo(() => ({ session, run, batch, personaId, setPersonaId, readOnly }), [session, run, batch, personaId, readOnly]);
  return (
    <ActionsCtx.Provider value={actions}>
      <Ctx.Provider value={api}>{children(doc)}</Ctx.Provider>
    </ActionsCtx.Provider>
  );
}

export function useEditor(): EditorApi {
  const value = useContext(Ctx);
  if (!value) throw new Error("useEditor outside a loaded EditorProvider");
  return value;
}

/** The session, `run`, `batch`, persona and read-only flag, without the document: does not re-render on edits. */
export function useEditorActions(): EditorActions {
  const value = useContext(ActionsCtx);
  if (!value) throw new Error("useEditorActions outside an EditorProvider");
  return value;
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
