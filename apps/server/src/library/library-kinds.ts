import {
  addPersona, addTouchpoint, attachPersona, applyPatch, OFFLINE_CHANNELS, updatePersona, updateTouchpoint, type JourneyDocument, type OperationContext,
  type OperationResult, concatPatches,
} from "@kaart/core";
import { personaFieldsSchema, touchpointFieldsSchema } from "@kaart/contract";
import type { z } from "zod";

/** Fields of an entry as stored and as copied into maps (no map-local id, no link). */
export type EntryFields = Record<string, unknown>;

/**
 * What differs between shared personas and shared touchpoints: the table, the id prefix, the map
 * table holding copies, the field linking a copy to its entry, and the core operations that add
 * and change a copy. Everything else in the library is written once for both.
 */
export interface LibraryKind {
  table: "workspace_personas" | "workspace_touchpoints";
  idPrefix: "wpe" | "wtp";
  what: string;
  docTable: "personas" | "touchpoints";
  link: "workspacePersonaId" | "workspaceTouchpointId";
  /** The audit action recorded when an entry is deleted. */
  deleted: "persona.deleted" | "touchpoint.deleted";
  /** Fields completed the way a map would hold them (defaults filled in). */
  normalize(body: unknown): EntryFields;
  add(doc: JourneyDocument, fields: EntryFields, entryId: string, ctx: OperationContext): OperationResult<string>;
  update(doc: JourneyDocument, copyId: string, changes: EntryFields, ctx: OperationContext): OperationResult<undefined>;
}

function parsed<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  return schema.parse(value);
}

export const PERSONAS: LibraryKind = {
  table: "workspace_personas",
  idPrefix: "wpe",
  what: "persona",
  docTable: "personas",
  link: "workspacePersonaId",
  deleted: "persona.deleted",
  normalize: (body) => ({ ...parsed(personaFieldsSchema, body) }),
  add(doc, fields, entryId, ctx) {
    const added = addPersona(doc, { ...parsed(personaFieldsSchema, fields), workspacePersonaId: entryId }, ctx);
    if (!added.ok) return added;
    // Attaching a shared persona means the map is about that persona: it joins the map's targets.
    const attached = attachPersona(applyPatch(doc, added.patch), { personaId: added.value }, ctx);
    if (!attached.ok) return { ok: false, patch: attached.patch, error: attached.error };
    return { ok: true, patch: concatPatches(added.patch, attached.patch), value: added.value };
  },
  update: (doc, personaId, changes, ctx) => updatePersona(doc, { personaId, changes }, ctx),
};

export const TOUCHPOINTS: LibraryKind = {
  table: "workspace_touchpoints",
  idPrefix: "wtp",
  what: "touchpoint",
  docTable: "touchpoints",
  link: "workspaceTouchpointId",
  deleted: "touchpoint.deleted",
  normalize(body) {
    const t = parsed(touchpointFieldsSchema, body);
    return { ...t, online: t.online ?? !OFFLINE_CHANNELS.has(t.channel) };
  },
  add: (doc, fields, entryId, ctx) => addTouchpoint(doc, { ...parsed(touchpointFieldsSchema, fields), workspaceTouchpointId: entryId }, ctx),
  update: (doc, touchpointId, changes, ctx) => updateTouchpoint(doc, { touchpointId, changes }, ctx),
};

/**
 * The changes that make a copy equal to `fields`: every field of the entry, and `null` for an
 * optional field the copy has and the entry no longer has. The map-local id and the link stay.
 */
export function changesToMatch(copy: Record<string, unknown>, fields: EntryFields, link: LibraryKind["link"]): EntryFields {
  const changes: EntryFields = { ...fields };
  for (const key of Object.keys(copy)) if (key !== "id" && key !== link && !(key in fields)) changes[key] = null;
  return changes;
}
