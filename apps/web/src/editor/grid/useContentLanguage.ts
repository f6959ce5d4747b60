import { useTranslation } from "react-i18next";
import { useEditor } from "../session/EditorContext";
import { contentText, useContentLocale } from "../../translations/content-locale";

export interface ContentLanguage {
  lang: string;
  dir: "ltr" | "rtl";
  /** True when the map is shown in one of its translations rather than its source language. */
  translated: boolean;
  /** A record's text in the shown language: its translation, or the source text when there is none. */
  text(recordId: string, field: string, source: string): string;
}

/**
 * The language and direction of the map's own text, independent of the interface language: a
 * Persian map reads right to left in an English interface, and an English map left to right in
 * a Persian one. The shown language is the map's content language (the toolbar's switch).
 */
export function useContentLanguage(): ContentLanguage {
  const { i18n } = useTranslation();
  const { doc } = useEditor();
  const lang = useContentLocale(doc);
  return {
    lang,
    dir: i18n.dir(lang) === "rtl" ? "rtl" : "ltr",
    translated: lang !== doc.map.sourceLocale,
    text: (recordId, field, source) => contentText(doc, lang, recordId, field, source),
  };
}
