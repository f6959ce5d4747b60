import type * as Y from "yjs";
import * as collab from "@kaart/collab";
import { validateDocument, type JourneyDocument, type Patch } from "@kaart/core";
import { replacementPatch } from "../maps/replacement-patch";
import { optionalExport } from "./optional-export";

/**
 * How a map document lives in a Y.Doc. `@kaart/collab` defines the shape (`documentToYDoc`,
 * `yDocToDocument`, `validateYDoc`, `applyPatchToYDoc`); were it missing, the server would keep
 * the whole document as one JSON value in the map `kaart.document` (enough for REST, but
 * concurrent edits then merge only as last-writer-wins).
 */
export interface DocumentCodec {
  /** Makes `ydoc` hold `doc`: fills an empty Y.Doc, or changes only the records that differ. */
  write(doc: JourneyDocument, ydoc: Y.Doc): void;
  read(ydoc: Y.Doc): JourneyDocument;
  /** A reason when the Y.Doc does not hold a valid document, else undefined. */
  check(ydoc: Y.Doc): string | undefined;
}

type ValidateYDoc = (ydoc: Y.Doc) => { ok: boolean; issues?: { pointer?: string; message: string }[] };

const FALLBACK_KEY = "kaart.document";

const fallbackCodec: DocumentCodec = {
  write(doc, ydoc) {
    ydoc.getMap(FALLBACK_KEY).set("json", JSON.stringify(doc));
  },
  read(ydoc) {
    const json = ydoc.getMap(FALLBACK_KEY).get("json");
    const result = validateDocument(typeof json === "string" ? JSON.parse(json) : undefined);
    if (!result.ok) throw new Error(`stored document is invalid: ${result.issues[0]?.message ?? "unknown"}`);
    return result.document;
  },
  check(ydoc) {
    const json = ydoc.getMap(FALLBACK_KEY).get("json");
    if (typeof json !== "string") return "the document is missing";
    try {
      const result = validateDocument(JSON.parse(json));
      return result.ok ? undefined : result.issues.map((i) => `${i.pointer}: ${i.message}`).join("; ");
    } catch {
      return "the document is not JSON";
    }
  },
};

function readOrUndefined(fromY: (ydoc: Y.Doc) => JourneyDocument, ydoc: Y.Doc): JourneyDocument | undefined {
  try {
    return fromY(ydoc);
  } catch {
    return undefined;
  }
}

function collabCodec(): DocumentCodec | undefined {
  const toY = optionalExport<(doc: JourneyDocument, ydoc: Y.Doc) => void>(collab, "documentToYDoc");
  const fromY = optionalExport<(ydoc: Y.Doc) => JourneyDocument>(collab, "yDocToDocument");
  const validate = optionalExport<ValidateYDoc>(collab, "validateYDoc");
  const applyPatch = optionalExport<(ydoc: Y.Doc, patch: Patch, origin: unknown) => void>(collab, "applyPatchToYDoc");
  const origins: unknown = Reflect.get(collab, "ORIGINS");
  const restoreOrigin = typeof origins === "object" && origins !== null ? Reflect.get(origins, "restore") : undefined;
  if (!toY || !fromY || !validate || !applyPatch) return undefined;
  return {
    write(doc, ydoc) {
      const current = ydoc.share.size === 0 ? undefined : readOrUndefined(fromY, ydoc);
      if (current) applyPatch(ydoc, replacementPatch(current, doc), restoreOrigin);
      else toY(doc, ydoc);
    },
    read: (ydoc) => fromY(ydoc),
    check(ydoc) {
      const r = validate(ydoc);
      return r.ok ? undefined : (r.issues ?? []).map((i) => `${i.pointer ?? ""}: ${i.message}`).join("; ") || "invalid document";
    },
  };
}

/** The codec in use: collab's when it exists, else the JSON fallback. */
export const documentCodec: DocumentCodec = collabCodec() ?? fallbackCodec;
