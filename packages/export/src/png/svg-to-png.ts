import { Resvg } from "@resvg/resvg-js";
import { shippedFonts } from "../fonts/shipped-fonts";

export interface PngOptions {
  /** Pixels per SVG unit; 2 gives a sharp image on high-density screens and in slides. */
  scale?: number;
}

/**
 * The resvg options every PNG uses: only the shipped fonts, never the machine's, so the same
 * map gives the same pixels on every server.
 */
export function resvgFontOptions() {
  return {
    loadSystemFonts: false,
    fontFiles: shippedFonts().map((f) => f.path),
    defaultFontFamily: "Noto Sans",
    sansSerifFamily: "Noto Sans",
  };
}

/**
 * Rasterises an SVG to PNG bytes with resvg and the shipped fonts.
 *
 * @example
 * const png = svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', { scale: 2 });
 */
export function svgToPng(svg: string, options: PngOptions = {}): Uint8Array {
  const scale = options.scale ?? 1;
  if (!(scale > 0 && scale <= 8)) throw new RangeError(`scale must be in (0, 8], got ${scale}`);
  const resvg = new Resvg(svg, { font: resvgFontOptions(), fitTo: { mode: "zoom", value: scale } });
  return new Uint8Array(resvg.render().asPng());
}
