import { useTranslation } from "react-i18next";
import { useDocSelector } from "../editor/session/EditorContext";
import { sameItems } from "../editor/session/record-selector";
import { ChoiceField } from "../editor/dialogs/ChoiceField";
import { setContentLocale, useContentLocale } from "./content-locale";
import { languageName } from "./language-name";

/** Which of the map's languages its content is shown in. Hidden while the map has one language. */
export function ContentLanguageSwitch() {
  const { t, i18n } = useTranslation();
  // Fields, not the map record, which every edit stamps.
  const [id, sourceLocale, localeList] = useDocSelector((doc) => [doc.map.id, doc.map.sourceLocale, doc.map.locales.join(" ")] as const, sameItems);
  const locales = localeList.split(" ");
  const locale = useContentLocale({ map: { id, sourceLocale, locales } });
  if (locales.length < 2) return null;
  return (
    <div className="content-language">
      <ChoiceField
        label={t("translations.contentLanguage")}
        // The source language is the field's empty choice, so it is listed once.
        items={locales.filter((l) => l !== sourceLocale).map((l) => ({ id: l, label: languageName(l, i18n.language) }))}
        value={locale === sourceLocale ? undefined : locale}
        emptyLabel={languageName(sourceLocale, i18n.language)}
        onChange={(v) => setContentLocale(id, v ?? sourceLocale)}
      />
    </div>
  );
}
