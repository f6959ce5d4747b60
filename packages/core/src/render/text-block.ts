import type { Block } from "./block";
import { EMPTY_BLOCK } from "./block";
import type { RenderContext } from "./render-context";
import { THEME } from "./render-theme";
import { svgTextLines, textHeight, type Align } from "./svg-text";
import { leadsWithVazirmatn, type TextStyle } from "./text-style";
import { startsRightToLeft } from "./text-direction";
import { wrapText } from "./wrap-text";

/** Wrapped text as a block `width` wide; empty text is an empty block. */
export function textBlock(
  ctx: RenderContext,
  text: string,
  width: number,
  style: TextStyle,
  options: { fill?: string; align?: Align; maxLines?: number } = {},
): Block {
  const vazirmatnFirst = leadsWithVazirmatn(ctx.rtl, text);
  const lines = wrapText(text, width, style, vazirmatnFirst, options.maxLines ?? THEME.maxCellLines);
  if (lines.length === 0) return EMPTY_BLOCK;
  return {
    height: textHeight(lines.length, style),
    draw: (box) => svgTextLines(ctx, lines, { ...box, width }, style, { fill: options.fill, align: options.align, vazirmatnFirst, rtlText: startsRightToLeft(text) }),
  };
}
