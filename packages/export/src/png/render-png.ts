import { renderMapSvg, type JourneyDocument, type PersonaId } from "@kaart/core";
import { svgToPng, type PngOptions } from "./svg-to-png";

export interface MapImageOptions extends PngOptions {
  personaId?: PersonaId;
  locale?: string;
}

/**
 * The map as a PNG. resvg anchors right-to-left text by its physical side, so the SVG is
 * rendered with physical anchors here (the SVG export itself keeps SVG's logical anchors).
 *
 * @example
 * const png = await renderPng(doc, { locale: "lv", scale: 2 });
 */
export async function renderPng(doc: JourneyDocument, options: MapImageOptions = {}): Promise<Uint8Array> {
  const svg = renderMapSvg(doc, { personaId: options.personaId, locale: options.locale, anchors: "physical" });
  return svgToPng(svg, { scale: options.scale });
}
