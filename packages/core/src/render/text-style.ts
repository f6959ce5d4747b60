/** Size and weight of a run of text; the family comes from the map's direction (see `fontStack`). */
export interface TextStyle {
  size: number;
  weight: 400 | 700;
}

/**
 * The shipped families in the order they are tried. A right-to-left map leads with Vazirmatn
 * (Persian/Arabic, with Latin); others lead with Noto Sans and fall back to Vazirmatn for Arabic
 * script. The names match the font files the exports load, so the SVG needs no other font.
 */
export function fontStack(rtl: boolean): readonly string[] {
  return rtl ? ["Vazirmatn", "Noto Sans"] : ["Noto Sans", "Vazirmatn"];
}

/** The `font-family` attribute value for a stack; `sans-serif` last for browsers without the fonts. */
export function fontFamilyAttribute(rtl: boolean): string {
  return [...fontStack(rtl).map((f) => `'${f}'`), "sans-serif"].join(", ");
}

/** Arabic-script letters (Arabic, Persian, Urdu), including presentation forms. */
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/**
 * Whether a text is set in the Vazirmatn-first stack: always in a right-to-left map, and in a
 * left-to-right map for any text with Arabic script, so a Persian name in an English map is drawn
 * (and measured) whole in one font that has both scripts — PDF text cannot switch font mid-run.
 */
export function leadsWithVazirmatn(rtlMap: boolean, text: string): boolean {
  return rtlMap || ARABIC_SCRIPT.test(text);
}
