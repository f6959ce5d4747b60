import { THEME } from "./render-theme";
import type { RenderContext } from "./render-context";
import { fontFamilyAttribute, type TextStyle } from "./text-style";
import { escapeXml } from "./xml-escape";

/** A box in physical SVG coordinates. */
export interface Box {
  left: number;
  top: number;
  width: number;
}

export type Align = "start" | "center" | "end";

/** Distance from a line's top to its baseline, as a fraction of the font size. */
const BASELINE = 1.05;

export function lineHeightOf(style: TextStyle): number {
  return style.size * THEME.lineHeight;
}

/** Height of `count` lines of text in `style`. */
export function textHeight(count: number, style: TextStyle): number {
  return count * lineHeightOf(style);
}

/** x and `text-anchor` for a logical alignment in a box, honouring the map's direction and anchor mode. */
function anchorOf(ctx: RenderContext, rtl: boolean, box: Box, align: Align): { x: number; anchor: string } {
  if (align === "center") return { x: box.left + box.width / 2, anchor: "middle" };
  const right = box.left + box.width;
  const atRight = rtl ? align === "start" : align === "end";
  const x = atRight ? right : box.left;
  if (!rtl) return { x, anchor: align };
  if (ctx.anchors === "logical") return { x, anchor: align };
  return { x, anchor: atRight ? "end" : "start" };
}

const num = (n: number): string => String(Math.round(n * 100) / 100);

/**
 * One `<text>` with a `<tspan>` per line, escaped. Alignment is logical: `start` is the left
 * edge of the box in a left-to-right map and the right edge in a right-to-left one, or for a
 * right-to-left paragraph (`rtlText`) inside a left-to-right map.
 */
export function svgTextLines(
  ctx: RenderContext,
  lines: readonly string[],
  box: Box,
  style: TextStyle,
  options: { align?: Align; fill?: string; extra?: string; vazirmatnFirst?: boolean; rtlText?: boolean } = {},
): string {
  if (lines.length === 0) return "";
  const rtl = ctx.rtl || options.rtlText === true;
  const { x, anchor } = anchorOf(ctx, rtl, box, options.align ?? "start");
  const lh = lineHeightOf(style);
  const spans = lines
    .map((line, i) => `<tspan x="${num(x)}" y="${num(box.top + i * lh + style.size * BASELINE)}">${escapeXml(line)}</tspan>`)
    .join("");
  const weight = style.weight === 700 ? ` font-weight="bold"` : "";
  const extra = options.extra ? ` ${options.extra}` : "";
  const family = options.vazirmatnFirst && !ctx.rtl ? ` font-family="${fontFamilyAttribute(true)}"` : "";
  const direction = rtl && !ctx.rtl ? ` direction="rtl"` : "";
  return `<text font-size="${num(style.size)}"${weight} fill="${options.fill ?? THEME.colors.ink}" text-anchor="${anchor}"${family}${direction}${extra}>${spans}</text>`;
}

export { num };
