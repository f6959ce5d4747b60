/**
 * The interface languages. `dir` comes from i18next (`i18n.dir(lng)`) rather than from this list,
 * so a language added later gets its direction right without a second table.
 */
export const UI_LANGUAGES = ["en", "lv", "et", "cs", "fa"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Each language's own name, so a reader finds their language whatever the current one is. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: "English",
  lv: "Latviešu",
  et: "Eesti",
  cs: "Čeština",
  fa: "فارسی",
};

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === "string" && (UI_LANGUAGES as readonly string[]).includes(value);
}
