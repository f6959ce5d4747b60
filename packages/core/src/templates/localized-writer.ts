import { translationIdFor, type Translation } from "../records/translation";
import { richText, type RichText } from "../records/rich-text";
import { TEMPLATE_LANGUAGES, type Localized, type TemplateLanguage } from "./template-schema";

/**
 * Writes template texts into records: the chosen language goes into the record, the other four
 * into translation records of that field. Texts inside lists (persona needs, KPI names, evidence)
 * have no dot path a translation could name, so they are written in the chosen language only.
 */
export interface LocalizedWriter {
  /** The text in the chosen language, with no translations (lists, KPI names, evidence). */
  pick(value: Localized): string;
  /** A string field of `recordId` at dot path `field`, translated into the other languages. */
  text(recordId: string, field: string, value: Localized): string;
  /** Like `text`, for an optional field. */
  optional(recordId: string, field: string, value: Localized | undefined): string | undefined;
  /** A rich-text field (one run), translated likewise. */
  rich(recordId: string, field: string, value: Localized): RichText;
  /** Every translation written so far, keyed by id. */
  readonly translations: Record<string, Translation>;
}

export function localizedWriter(lang: TemplateLanguage): LocalizedWriter {
  const translations: Record<string, Translation> = {};
  const others = TEMPLATE_LANGUAGES.filter((l) => l !== lang);
  const record = (recordId: string, field: string, value: (l: TemplateLanguage) => Translation["value"]) => {
    for (const locale of others) {
      const id = translationIdFor(locale, recordId, field);
      translations[id] = { id, locale, recordId, field, value: value(locale) };
    }
  };
  const text = (recordId: string, field: string, value: Localized) => {
    record(recordId, field, (l) => value[l]);
    return value[lang];
  };
  return {
    pick: (value) => value[lang],
    text,
    optional: (recordId, field, value) => (value === undefined ? undefined : text(recordId, field, value)),
    rich: (recordId, field, value) => {
      record(recordId, field, (l) => richText(value[l]));
      return richText(value[lang]);
    },
    translations,
  };
}
