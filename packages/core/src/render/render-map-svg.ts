import type { JourneyDocument } from "../document/journey-document";
import { orderedLanes } from "../document/ordered-records";
import type { Lane } from "../records/lane";
import type { Block } from "./block";
import { flowBand } from "./flow-edges";
import { laneRow } from "./lane-row";
import { legendBlock } from "./legend";
import { layoutGrid } from "./map-grid";
import { stageRow, stepRow, titleBlock } from "./map-header";
import { createRenderContext, type RenderContext, type RenderOptions } from "./render-context";
import { THEME } from "./render-theme";
import { num } from "./svg-text";
import { fontFamilyAttribute } from "./text-style";
import { escapeXml } from "./xml-escape";

export type { RenderOptions } from "./render-context";

function visibleLanes(ctx: RenderContext): Lane[] {
  return orderedLanes(ctx.doc).filter((lane) => ctx.personaId === undefined || lane.personaId === undefined || lane.personaId === ctx.personaId);
}

/** The accessible description: the author's, else the map's description, else a summary. */
function descriptionOf(ctx: RenderContext, lanes: readonly Lane[]): string {
  const map = ctx.doc.map;
  if (map.accessibility.description) return ctx.text(map.id, "accessibility.description", map.accessibility.description);
  if (map.description) return ctx.text(map.id, "description", map.description);
  const stages = Object.keys(ctx.doc.stages).length;
  const steps = Object.keys(ctx.doc.steps).length;
  return `${ctx.text(map.id, "title", map.title)}: ${stages} stages, ${steps} steps, ${lanes.length} lanes`;
}

/** Moment-that-matters columns outlined and lightly tinted over the lanes, from the step header down. */
function momentBands(grid: ReturnType<typeof layoutGrid>, top: number, bottom: number): string {
  return grid.columns
    .filter((c) => c.step?.momentThatMatters)
    .map((c) => `<rect x="${num(c.left + 1)}" y="${num(top)}" width="${num(c.width - 2)}" height="${num(bottom - top)}" fill="${THEME.colors.moment}" fill-opacity="0.1" stroke="${THEME.colors.moment}" stroke-width="1.5" rx="4" data-moment-band="true"/>`)
    .join("");
}

/**
 * The map as a self-contained SVG: stages and steps as columns (stage headers spanning their
 * steps), every lane as a row, cards, touchpoint chips, the emotion curves with face markers,
 * moments that matter and flow arrows. Text is wrapped with the shipped fonts' measured widths,
 * shown in `locale` (translations, else the source text), mirrored for right-to-left locales,
 * and escaped. The output depends on the document and options only: no dates, no randomness.
 *
 * @example
 * const svg = renderMapSvg(doc, { locale: "lv" });
 * svg.startsWith("<svg") // true
 */
export function renderMapSvg(doc: JourneyDocument, options: RenderOptions = {}): string {
  const ctx = createRenderContext(doc, options);
  const grid = layoutGrid(doc, ctx.rtl);
  const lanes = visibleLanes(ctx);
  const full = { left: THEME.margin, width: grid.width - THEME.margin * 2 };
  const hasMoment = grid.columns.some((c) => c.step?.momentThatMatters);
  const sections: Array<{ block: Block; gap: number }> = [
    { block: titleBlock(ctx, full.width), gap: 18 },
    { block: stageRow(ctx, grid), gap: 4 },
    { block: stepRow(ctx, grid), gap: 0 },
    { block: flowBand(ctx, grid), gap: 4 },
    ...lanes.map((lane, i) => ({ block: laneRow(ctx, grid, lane, i), gap: 2 })),
  ];
  let top = THEME.margin;
  let body = "";
  const positions: number[] = [];
  for (const { block, gap } of sections) {
    positions.push(top);
    body += block.draw({ ...full, top });
    if (block.height > 0) top += block.height + gap;
  }
  const gridTop = positions[2] ?? top;
  const gridBottom = top;
  const legend = legendBlock(ctx, full.width, lanes.some((l) => l.type === "emotions"), hasMoment);
  const legendSvg = legend.height > 0 ? legend.draw({ ...full, top: top + 10 }) : "";
  const height = Math.ceil(top + (legend.height > 0 ? legend.height + 10 : 0) + THEME.margin);
  const map = doc.map;
  const title = ctx.text(map.id, map.accessibility.title ? "accessibility.title" : "title", map.accessibility.title ?? map.title);
  const id = ctx.idPrefix;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${grid.width}" height="${height}" viewBox="0 0 ${grid.width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" lang="${escapeXml(ctx.locale)}"` +
    `${ctx.rtl ? ` direction="rtl"` : ""} font-family="${fontFamilyAttribute(ctx.rtl)}">` +
    `<title id="${id}-title">${escapeXml(title)}</title>` +
    `<desc id="${id}-desc">${escapeXml(descriptionOf(ctx, lanes))}</desc>` +
    `<rect width="${grid.width}" height="${height}" fill="${THEME.colors.background}"/>` +
    body +
    momentBands(grid, gridTop, gridBottom) +
    legendSvg +
    `</svg>`
  );
}
