import type { JourneyDocument } from "../document/journey-document";
import { plainText, type RichText } from "../records/rich-text";
import { translationIdFor } from "../records/translation";

/**
 * The text of a record's field in `locale`: its translation record when there is one, else the
 * source text. The source locale never has translation records, so it always gets the source.
 */
export function localizedText(
  doc: Pick<JourneyDocument, "translations" | "map">,
  locale: string,
  recordId: string,
  field: string,
  source: string | RichText | undefined,
): string {
  const fallback = typeof source === "string" ? source : plainText(source);
  if (locale === doc.map.sourceLocale) return fallback;
  const translation = doc.translations[translationIdFor(locale, recordId, field)];
  if (!translation) return fallback;
  return typeof translation.value === "string" ? translation.value : plainText(translation.value);
}
