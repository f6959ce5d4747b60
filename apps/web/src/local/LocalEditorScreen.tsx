import { useEffect, useState } from "react";
import * as Y from "yjs";
import { useTranslation } from "react-i18next";
import { documentToYDoc } from "@kaart/collab";
import { instantiateTemplate, listTemplates } from "@kaart/core";
import { AppHeader } from "../app/AppHeader";
import { createMapSession, disposeMapSession, type MapSession } from "../editor/session/map-session";
import { EditorProvider } from "../editor/session/EditorContext";
import { EditorView } from "../editor/EditorView";
import { AnalysisPanel } from "../analysis/AnalysisPanel";
import { PersonasDialog } from "../personas/PersonasDialog";
import { TranslationsDialog } from "../translations/TranslationsDialog";
import { ContentLanguageSwitch } from "../translations/ContentLanguageSwitch";

/**
 * The editor on a Y.Doc that lives only in this page: for trying Kaart without an account, and
 * the same editor the server screen uses. `?lang=fa` in the hash picks the map's language.
 */
function localSession(lang: string): MapSession {
  const ydoc = new Y.Doc();
  const template = listTemplates()[0];
  const made = template ? instantiateTemplate(template.id, { lang, now: new Date().toISOString() }) : undefined;
  if (made?.ok) documentToYDoc(made.value, ydoc);
  return createMapSession(ydoc, "local");
}

export function LocalEditorScreen() {
  const { t, i18n } = useTranslation();
  const [session, setSession] = useState<MapSession>();
  useEffect(() => {
    const s = localSession(new URLSearchParams(window.location.hash.split("?")[1]).get("lang") ?? i18n.language);
    setSession(s);
    return () => disposeMapSession(s);
    // The map's language is chosen once, when the page opens; switching the UI language later must not reset the map.
  }, []);
  return (
    <>
      <AppHeader />
      <main id="main" tabIndex={-1} className="page wide">
        {session ? (
          <EditorProvider session={session} fallback={<p>{t("app.loading")}</p>}>
            <EditorView aside={<AnalysisPanel />} actions={<><PersonasDialog /><TranslationsDialog /><ContentLanguageSwitch /></>} status={<p className="status muted">{t("presence.status.local")}</p>} />
          </EditorProvider>
        ) : (
          <p>{t("app.loading")}</p>
        )}
      </main>
    </>
  );
}
