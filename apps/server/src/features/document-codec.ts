import type * as Y from "yjs";
import * as collab from "@kaart/collab";
import { validateDocument, type JourneyDocument } from "@kaart/core";
import { optionalExport } from "./optional-export";

/**
 * How a map document lives in a Y.Doc. `@kaart/collab` defines the shape (`documentToYDoc`,
 * `yDocToDocument`, `validateYDoc`); until it exports them the server keeps the whole document as
 * one JSON value in the map `kaart.document`, which is enough for REST but merges concurrent
 * edits only as last-writer-wins.
 */
export interface DocumentCodec {
  write(doc: JourneyDocument, ydoc: Y.Doc): void;
  read(ydoc: Y.Doc): JourneyDocument;
  /** A reason when the Y.Doc does not hold a valid document, else undefined. */
  check(ydoc: Y.Doc): string | undefined;
}

type ValidateYDoc = (ydoc: Y.Doc) => { ok: boolean; issues?: { message: string }[]; error?: { message: string } } | boolean;

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

function collabCodec(): DocumentCodec | undefined {
  const toY = optionalExport<(doc: JourneyDocument, ydoc: Y.Doc) => void>(collab, "documentToYDoc");
  const fromY = optionalExport<(ydoc: Y.Doc) => JourneyDocument>(collab, "yDocToDocument");
  const validate = optionalExport<ValidateYDoc>(collab, "validateYDoc");
  if (!toY || !fromY) return undefined;
  return {
    write: (doc, ydoc) => toY(doc, ydoc),
    read: (ydoc) => fromY(ydoc),
    check(ydoc) {
      if (!validate) {
        const r = validateDocument(fromY(ydoc));
        return r.ok ? undefined : r.issues.map((i) => `${i.pointer}: ${i.message}`).join("; ");
      }
      const r = validate(ydoc);
      if (r === true || (typeof r === "object" && r.ok)) return undefined;
      if (typeof r === "object") return r.error?.message ?? r.issues?.map((i) => i.message).join("; ") ?? "invalid document";
      return "invalid document";
    },
  };
}

/** The codec in use: collab's when it exists, else the JSON fallback. */
export const documentCodec: DocumentCodec = collabCodec() ?? fallbackCodec;
