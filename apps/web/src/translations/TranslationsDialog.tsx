import { useState } from "react";
import { Button, Dialog, DialogTrigger, Heading, Input, Label, Modal, ModalOverlay, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { localeSchema, renderMapSvg, updateMapInfo } from "@kaart/core";
import { useDocumentWhile, useEditorActions } from "../editor/session/EditorContext";
import { ChoiceField } from "../editor/dialogs/ChoiceField";
import { SvgImage } from "../presentation/SvgImage";
import { TranslationRow } from "./TranslationRow";
import { translatableFields, translationCounts, translationText } from "./translatable-fields";
import { languageName } from "./language-name";
import "./translations.css";

/**
 * The map's languages and the translation of its text: add or remove a language, pick one, and
 * translate every text field of every record next to its source text.
 */
export function TranslationsDialog() {
  const { t, i18n } = useTranslation();
  const { run, readOnly } = useEditorActions();
  // Counting translations walks the whole map: only while the dialog is open.
  const [open, setOpen] = useState(false);
  const doc = useDocumentWhile(open);
  const [picked, setPicked] = useState<string>();
  const [untranslatedOnly, setUntranslatedOnly] = useState(false);
  const [newLocale, setNewLocale] = useState("");
  const [badLocale, setBadLocale] = useState(false);
  const [preview, setPreview] = useState(false);
  const source = doc.map.sourceLocale;
  const others = doc.map.locales.filter((l) => l !== source);
  const locale = picked && others.includes(picked) ? picked : others[0];
  const counts = open ? translationCounts(doc) : [];
  const fields = open ? translatableFields(doc) : [];
  const rows = locale ? fields.filter((f) => !untranslatedOnly || translationText(doc, locale, f) === undefined) : [];
  const name = (l: string) => languageName(l, i18n.language);
  const addLocale = () => {
    const tag = newLocale.trim();
    if (!localeSchema.safeParse(tag).success || doc.map.locales.includes(tag)) return setBadLocale(true);
    setBadLocale(false);
    run(updateMapInfo, { locales: [...doc.map.locales, tag] });
    setPicked(tag);
    setNewLocale("");
  };
  return (
    <DialogTrigger isOpen={open} onOpenChange={setOpen}>
      <Button className="button">{t("translations.open")}</Button>
      <ModalOverlay isDismissable className="modal-overlay">
        <Modal className="modal wide">
          <Dialog className="dialog stack">
            {({ close }) => (
              <>
                <Heading slot="title">{t("translations.title")}</Heading>
                <section aria-labelledby="translation-languages">
                  <h3 id="translation-languages">{t("translations.languages")}</h3>
                  <ul className="locale-list">
                    <li>
                      <span>{t("translations.sourceLanguage", { language: name(source) })}</span>
                    </li>
                    {counts.map((c) => (
                      <li key={c.locale}>
                        <span>{t("translations.progress", { language: name(c.locale), count: c.translated, total: c.total })}</span>
                        {!readOnly && (
                          <Button className="button quiet" onPress={() => run(updateMapInfo, { locales: doc.map.locales.filter((l) => l !== c.locale) })}>
                            {t("translations.removeLanguage", { language: name(c.locale) })}
                          </Button>
                        )}
                      </li>
                    ))}
                  </ul>
                  {!readOnly && (
                    <form
                      className="locale-add"
                      onSubmit={(e) => {
                        e.preventDefault();
                        addLocale();
                      }}
                    >
                      <TextField className="field" value={newLocale} onChange={setNewLocale} isInvalid={badLocale} validationBehavior="aria">
                        <Label>{t("translations.languageCode")}</Label>
                        <Input dir="ltr" />
                      </TextField>
                      <Button type="submit" className="button">
                        {t("translations.addLanguage")}
                      </Button>
                      {badLocale && (
                        <p role="alert" className="error">
                          {t("translations.badLanguage")}
                        </p>
                      )}
                    </form>
                  )}
                </section>
                {locale ? (
                  <section aria-labelledby="translation-fields" className="stack">
                    <h3 id="translation-fields">{t("translations.fieldsTitle", { language: name(locale) })}</h3>
                    <div className="translation-controls">
                      <ChoiceField label={t("translations.targetLanguage")} items={others.map((l) => ({ id: l, label: name(l) }))} value={locale} onChange={(v) => v && setPicked(v)} />
                      <label className="check">
                        <input type="checkbox" checked={untranslatedOnly} onChange={(e) => setUntranslatedOnly(e.target.checked)} />
                        {t("translations.untranslatedOnly")}
                      </label>
                      <label className="check">
                        <input type="checkbox" checked={preview} onChange={(e) => setPreview(e.target.checked)} />
                        {t("translations.preview")}
                      </label>
                    </div>
                    {preview && <SvgImage svg={renderMapSvg(doc, { locale })} alt={t("translations.previewAlt", { title: doc.map.title, language: name(locale) })} />}
                    <p className="muted" role="status">
                      {t("translations.shown", { count: rows.length })}
                    </p>
                    <div className="translation-scroll">
                      <table className="translation-table">
                        <thead>
                          <tr>
                            <th scope="col">{t("translations.record")}</th>
                            <th scope="col">{name(source)}</th>
                            <th scope="col">{name(locale)}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {rows.map((f) => (
                            <TranslationRow key={`${f.recordId}|${f.field}|${locale}`} field={f} locale={locale} sourceLocale={source} value={translationText(doc, locale, f)} readOnly={readOnly} />
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </section>
                ) : (
                  <p>{t("translations.noLanguages")}</p>
                )}
                <div className="dialog-actions">
                  <Button className="button primary" onPress={close}>
                    {t("app.close")}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
