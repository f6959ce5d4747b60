import i18next, { type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { CATALOGUES } from "./catalogues";
import { UI_LANGUAGES, isUiLanguage, type UiLanguage } from "./languages";

const STORAGE_KEY = "kaart.language";

/**
 * Numbers go through `Intl.NumberFormat` of the interface language (`{{count, number}}`), so
 * Persian shows Persian digits; dates use the language's default calendar (Solar Hijri for fa),
 * which is what its readers expect. Scores typed into fields stay Latin digits for input.
 */
export function createI18n(language: UiLanguage = "en"): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: "en",
    supportedLngs: [...UI_LANGUAGES],
    resources: Object.fromEntries(UI_LANGUAGES.map((l) => [l, { translation: CATALOGUES[l] }])),
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}

/** The language a visitor saw last, else the browser's first supported one, else English. */
export function initialLanguage(storage: Pick<Storage, "getItem"> | undefined, preferred: readonly string[]): UiLanguage {
  const saved = storage?.getItem(STORAGE_KEY);
  if (isUiLanguage(saved)) return saved;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0];
    if (isUiLanguage(base)) return base;
  }
  return "en";
}

/** Switches the language and flips `<html lang dir>`; remembered for the next visit. */
export async function switchLanguage(instance: I18n, language: UiLanguage, root: HTMLElement, storage?: Pick<Storage, "setItem">): Promise<void> {
  await instance.changeLanguage(language);
  applyDocumentLanguage(instance, root);
  storage?.setItem(STORAGE_KEY, language);
}

export function applyDocumentLanguage(instance: I18n, root: HTMLElement): void {
  root.lang = instance.language;
  root.dir = instance.dir(instance.language);
}
