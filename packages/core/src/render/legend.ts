import type { Block } from "./block";
import { emotionMarker, type EmotionLevel } from "./emotion-marker";
import { curveStyles } from "./emotion-series";
import { starPath } from "./map-header";
import { measureText } from "./measure-text";
import type { RenderContext } from "./render-context";
import { THEME } from "./render-theme";
import { num, svgTextLines } from "./svg-text";
import type { TextStyle } from "./text-style";

const STYLE: TextStyle = { size: THEME.smallSize, weight: 400 };
const ROW = 24;
const GAP = 18;

/** One legend entry: a symbol `symbolWidth` wide drawn at (x, middle y), then its label. */
interface Item {
  label: string;
  symbolWidth: number;
  symbol(x: number, cy: number): string;
}

function items(ctx: RenderContext, hasEmotions: boolean, hasMoment: boolean): Item[] {
  const out: Item[] = [];
  if (hasEmotions) {
    ctx.labels.levels.forEach((label, level) => {
      out.push({ label, symbolWidth: 18, symbol: (x, cy) => emotionMarker(level as EmotionLevel, x + 9, cy, "asIs") });
    });
    for (const style of curveStyles(ctx)) {
      if (ctx.personaId && style.personaId !== ctx.personaId) continue;
      const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : "";
      out.push({ label: style.name, symbolWidth: 40, symbol: (x, cy) => `<line x1="${num(x)}" y1="${num(cy)}" x2="${num(x + 40)}" y2="${num(cy)}" stroke="${style.color}" stroke-width="2.6"${dash}/>` });
    }
    out.push({ label: ctx.labels.asIs, symbolWidth: 18, symbol: (x, cy) => emotionMarker(2, x + 9, cy, "asIs") });
    out.push({ label: ctx.labels.toBe, symbolWidth: 18, symbol: (x, cy) => emotionMarker(2, x + 9, cy, "toBe", THEME.personaColors[0]) });
  }
  if (hasMoment) out.push({ label: ctx.labels.momentThatMatters, symbolWidth: 16, symbol: (x, cy) => starPath(x + 8, cy) });
  return out;
}

/**
 * The legend under the map: what the faces, lines and marks mean, in the map's language,
 * flowing in rows from the inline-start side.
 */
export function legendBlock(ctx: RenderContext, width: number, hasEmotions: boolean, hasMoment: boolean): Block {
  const entries = items(ctx, hasEmotions, hasMoment).map((item) => ({ item, width: item.symbolWidth + 6 + measureText(item.label, STYLE, ctx.rtl) }));
  const rows: Array<typeof entries> = [];
  let used = Infinity;
  for (const entry of entries) {
    if (used + entry.width > width) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1]?.push(entry);
    used += entry.width + GAP;
  }
  return {
    height: rows.length * ROW,
    draw(box) {
      let out = "";
      rows.forEach((row, r) => {
        let offset = 0;
        const cy = box.top + r * ROW + ROW / 2;
        for (const { item, width: w } of row) {
          const left = ctx.rtl ? box.left + box.width - offset - w : box.left + offset;
          const symbolX = ctx.rtl ? left + w - item.symbolWidth : left;
          const labelBox = { left: ctx.rtl ? left : left + item.symbolWidth + 6, top: cy - (STYLE.size * THEME.lineHeight) / 2, width: w - item.symbolWidth - 6 };
          out += item.symbol(symbolX, cy) + svgTextLines(ctx, [item.label], labelBox, STYLE, { fill: THEME.colors.muted });
          offset += w + GAP;
        }
      });
      return `<g data-legend="true">${out}</g>`;
    },
  };
}
