import { useTranslation } from "react-i18next";
import { useEditor } from "../session/EditorContext";

/**
 * The language and direction of the map's own text, independent of the interface language: a
 * Persian map reads right to left in an English interface, and an English map left to right in
 * a Persian one.
 */
export function useContentLanguage(): { lang: string; dir: "ltr" | "rtl" } {
  const { i18n } = useTranslation();
  const { doc } = useEditor();
  const lang = doc.map.sourceLocale;
  return { lang, dir: i18n.dir(lang) === "rtl" ? "rtl" : "ltr" };
}
