/**
 * The locale to give a document imported from a format that names none (Mermaid, CSV, XLSX),
 * guessed from the script of its letters: mostly Arabic script is `fa` when Persian letters occur
 * (پ چ ژ گ ک ی) and `ar` otherwise; mostly Hebrew is `he`; anything else is `en`. Only the
 * script is guessed — it decides right-to-left layout, which a wrong Latin language does not.
 *
 * @example
 * guessLocale("سفر مشتری خرید خودرو") // "fa"
 */
export function guessLocale(text: string): string {
  let letters = 0;
  let arabic = 0;
  let hebrew = 0;
  let persian = false;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    const code = ch.codePointAt(0)!;
    if ((code >= 0x0600 && code <= 0x06ff) || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff)) {
      arabic++;
      if ("پچژگکی".includes(ch)) persian = true;
    } else if (code >= 0x0590 && code <= 0x05ff) hebrew++;
  }
  if (letters > 0 && arabic * 2 > letters) return persian ? "fa" : "ar";
  if (letters > 0 && hebrew * 2 > letters) return "he";
  return "en";
}
