import type { Block } from "./block";
import type { RenderContext } from "./render-context";
import { THEME } from "./render-theme";
import { num } from "./svg-text";
import { textBlock } from "./text-block";

const FRAME = 64;

/**
 * An image cell as a labelled placeholder: a framed picture glyph with the alt text (which a
 * screen reader would read) and the caption. The image bytes live in the server's asset store
 * and never enter an export, so exports stay self-contained and deterministic.
 */
export function imagePlaceholder(ctx: RenderContext, cellId: string, alt: string, caption: string | undefined, width: number): Block {
  const altText = ctx.text(cellId, "content.alt", alt);
  const label = textBlock(ctx, `${ctx.labels.image}: ${altText}`, width - 12, { size: THEME.smallSize, weight: 400 }, { fill: THEME.colors.muted, maxLines: 4 });
  const captionBlock = caption ? textBlock(ctx, ctx.text(cellId, "content.caption", caption), width, { size: THEME.smallSize, weight: 700 }, { maxLines: 3 }) : undefined;
  const frameHeight = FRAME + label.height + 10;
  return {
    height: frameHeight + (captionBlock ? captionBlock.height + 4 : 0),
    draw(box) {
      const cx = box.left + box.width / 2;
      const top = box.top + 8;
      const glyph =
        `<g fill="none" stroke="${THEME.colors.faint}" stroke-width="1.5" stroke-linejoin="round">` +
        `<rect x="${num(cx - 26)}" y="${num(top)}" width="52" height="40" rx="3"/>` +
        `<circle cx="${num(cx - 12)}" cy="${num(top + 12)}" r="5"/>` +
        `<path d="M${num(cx - 24)} ${num(top + 37)}l14-14 9 9 7-6 16 11"/></g>`;
      return (
        `<g data-cell-kind="image">` +
        `<rect x="${num(box.left)}" y="${num(box.top)}" width="${num(box.width)}" height="${num(frameHeight)}" rx="4" fill="${THEME.colors.image}" stroke="${THEME.colors.faint}" stroke-dasharray="4 3"/>` +
        glyph +
        label.draw({ left: box.left + 6, top: box.top + FRAME, width: box.width - 12 }) +
        (captionBlock ? captionBlock.draw({ ...box, top: box.top + frameHeight + 4 }) : "") +
        `</g>`
      );
    },
  };
}
