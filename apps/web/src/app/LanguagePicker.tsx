import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { LANGUAGE_NAMES, UI_LANGUAGES, isUiLanguage } from "../i18n/languages";
import { switchLanguage } from "../i18n/i18n";

/** Switches the interface language at any moment; the map's own language is not affected. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  return (
    <Select
      className="language-picker"
      value={i18n.language}
      onChange={(key) => {
        if (isUiLanguage(key)) void switchLanguage(i18n, key, document.documentElement, window.localStorage);
      }}
    >
      <Label>{t("app.language")}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover>
        <ListBox className="listbox">
          {UI_LANGUAGES.map((l) => (
            <ListBoxItem key={l} id={l} textValue={LANGUAGE_NAMES[l]} className="listbox-item">
              <span lang={l}>{LANGUAGE_NAMES[l]}</span>
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
