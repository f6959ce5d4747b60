import type { ReactNode } from "react";
import { render } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import * as Y from "yjs";
import { documentToYDoc } from "@kaart/collab";
import { instantiateTemplate, type JourneyDocument } from "@kaart/core";
import { createI18n } from "../../i18n/i18n";
import { createMapSession, type MapSession } from "../session/map-session";
import { EditorProvider } from "../session/EditorContext";
import { EditorView } from "../EditorView";

/** A template's map in a fresh Y.Doc, with ids drawn from a counter so runs are repeatable. */
export function templateDocument(lang = "en"): JourneyDocument {
  let n = 0;
  const random = (bytes: number) => Uint8Array.from({ length: bytes }, (_, i) => (n++ * 7 + i) & 255);
  const r = instantiateTemplate("ecommerce-checkout", { lang, now: "2026-01-01T00:00:00.000Z", random });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Renders the real editor on a local Y.Doc, as the local screen does. */
export function renderEditor(doc: JourneyDocument = templateDocument(), uiLanguage: "en" | "fa" = "en", aside?: ReactNode): { session: MapSession } {
  const ydoc = new Y.Doc();
  documentToYDoc(doc, ydoc);
  const session = createMapSession(ydoc, "local");
  render(
    <I18nextProvider i18n={createI18n(uiLanguage)}>
      <EditorProvider session={session}><EditorView aside={aside} /></EditorProvider>
    </I18nextProvider>,
  );
  return { session };
}
