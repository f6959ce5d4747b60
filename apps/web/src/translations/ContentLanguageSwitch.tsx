import { useTranslation } from "react-i18next";
import { useEditor } from "../editor/session/EditorContext";
import { ChoiceField } from "../editor/dialogs/ChoiceField";
import { setContentLocale, useContentLocale } from "./content-locale";
import { languageName } from "./language-name";

/** Which of the map's languages its content is shown in. Hidden while the map has one language. */
export function ContentLanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { doc } = useEditor();
  const locale = useContentLocale(doc);
  if (doc.map.locales.length < 2) return null;
  return (
    <div className="content-language">
      <ChoiceField
        label={t("translations.contentLanguage")}
        // The source language is the field's empty choice, so it is listed once.
        items={doc.map.locales.filter((l) => l !== doc.map.sourceLocale).map((l) => ({ id: l, label: languageName(l, i18n.language) }))}
        value={locale === doc.map.sourceLocale ? undefined : locale}
        emptyLabel={languageName(doc.map.sourceLocale, i18n.language)}
        onChange={(v) => setContentLocale(doc.map.id, v ?? doc.map.sourceLocale)}
      />
    </div>
  );
}
