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

const RTL_LETTER = /[\u0590-\u05FF\u0600-\u065F\u066A-\u06EF\u06FA-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LETTER = /\p{L}/u;

/**
 * Whether a paragraph reads right to left: its first strong letter is Hebrew or Arabic script
 * (Unicode's rule P2). Used to right-align a Persian cell inside a left-to-right map.
 *
 * @example
 * startsRightToLeft("«سلام» world") // true
 */
export function startsRightToLeft(text: string): boolean {
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) return true;
    if (LETTER.test(ch)) return false;
  }
  return false;
}
