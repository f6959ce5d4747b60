import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useDocSelector } from "../session/EditorContext";
import { sameItems } from "../session/record-selector";
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
 * Reads only the map record and the translations, so typing in a cell does not re-render its users.
 */
export function useContentLanguage(): ContentLanguage {
  const { i18n } = useTranslation();
  // Fields, not the map record: every edit stamps the record's `updatedAt`.
  const [id, sourceLocale, locales, translations] = useDocSelector((doc) => [doc.map.id, doc.map.sourceLocale, doc.map.locales.join(" "), doc.translations] as const, sameItems);
  const map = useMemo(() => ({ id, sourceLocale, locales: locales.split(" ") }), [id, sourceLocale, locales]);
  const lang = useContentLocale({ map });
  const dir = i18n.dir(lang) === "rtl" ? "rtl" : "ltr";
  return useMemo(
    () => ({
      lang,
      dir,
      translated: lang !== map.sourceLocale,
      text: (recordId: string, field: string, source: string) => contentText({ map, translations }, lang, recordId, field, source),
    }),
    [lang, dir, map, translations],
  );
}
