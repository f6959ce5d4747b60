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
