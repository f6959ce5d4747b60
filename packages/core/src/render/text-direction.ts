/** Languages written right to left; a map whose content locale is one of them is mirrored. */
const RTL_LANGUAGES: ReadonlySet<string> = new Set(["ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "ckb", "dv"]);

/**
 * True when text in `locale` runs right to left (by its primary language subtag).
 *
 * @example
 * isRtlLocale("fa-IR") // true
 */
export function isRtlLocale(locale: string): boolean {
  const language = locale.split("-")[0]?.toLowerCase() ?? "";
  return RTL_LANGUAGES.has(language);
}
