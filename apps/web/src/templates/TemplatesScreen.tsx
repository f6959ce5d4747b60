import { useState } from "react";
import { Button, Input, Label, TextField, GridList, GridListItem } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { listTemplates, TEMPLATE_LANGUAGES, isTemplateLanguage, type TemplateLanguage } from "@kaart/core";
import { AppHeader } from "../app/AppHeader";
import { SignOutButton } from "../auth/SignOutButton";
import { ChoiceField } from "../editor/dialogs/ChoiceField";
import { LANGUAGE_NAMES } from "../i18n/languages";
import { TemplatePreview } from "./TemplatePreview";
import { useCreateMap } from "./useCreateMap";

const BLANK = "blank";

/** Pick a template (or a blank map), the map's language and title; preview it; create the map. */
export function TemplatesScreen() {
  const { t, i18n } = useTranslation();
  const [lang, setLang] = useState<TemplateLanguage>(isTemplateLanguage(i18n.language) ? i18n.language : "en");
  const templates = listTemplates(lang);
  const [chosen, setChosen] = useState<string>(templates[0]?.id ?? BLANK);
  const [title, setTitle] = useState("");
  const { create, busy, error } = useCreateMap();
  const chosenTemplate = templates.find((x) => x.id === chosen);
  return (
    <>
      <AppHeader>
        <SignOutButton />
      </AppHeader>
      <main id="main" tabIndex={-1} className="page">
        <h1>{t("templates.title")}</h1>
        <div className="template-options">
          <ChoiceField
            label={t("templates.mapLanguage")}
            items={TEMPLATE_LANGUAGES.map((l) => ({ id: l, label: LANGUAGE_NAMES[l] }))}
            value={lang}
            onChange={(v) => v && isTemplateLanguage(v) && setLang(v)}
          />
          <TextField value={title} onChange={setTitle} className="field">
            <Label>{t("templates.mapTitle")}</Label>
            <Input lang={lang} dir="auto" placeholder={chosenTemplate?.name ?? t("templates.blank")} />
          </TextField>
        </div>
        <GridList
          aria-label={t("templates.title")}
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[chosen]}
          onSelectionChange={(keys) => {
            const [first] = [...keys];
            if (first !== undefined) setChosen(String(first));
          }}
          className="template-list"
          layout="grid"
        >
          {templates.map((tpl) => (
            <GridListItem key={tpl.id} id={tpl.id} textValue={tpl.name} className="template-card">
              <strong lang={lang} dir="auto">{tpl.name}</strong>
              <span className="muted" lang={lang} dir="auto">{tpl.description}</span>
              {tpl.industry && <span className="tag" lang={lang}>{tpl.industry}</span>}
              <TemplatePreview templateId={tpl.id} name={tpl.name} lang={lang} />
            </GridListItem>
          ))}
          <GridListItem id={BLANK} textValue={t("templates.blank")} className="template-card">
            <strong>{t("templates.blank")}</strong>
            <span className="muted">{t("templates.blankDescription")}</span>
          </GridListItem>
        </GridList>
        {error && <p role="alert" className="error">{t("app.error", { message: error })}</p>}
        <Button
          className="button primary"
          isDisabled={busy}
          onPress={() => void create({ title: title.trim() || chosenTemplate?.name || t("templates.blank"), lang, templateId: chosen === BLANK ? undefined : chosen })}
        >
          {t("templates.create")}
        </Button>
      </main>
    </>
  );
}
