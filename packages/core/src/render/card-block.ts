import type { Card } from "../records/card";
import { stackBlocks, type Block } from "./block";
import type { RenderContext } from "./render-context";
import { THEME } from "./render-theme";
import { num, type Box } from "./svg-text";
import { textBlock } from "./text-block";

const STRIPE = 5;
const INSET = 8;
const PIPS = 5;
const PIP_STEP = 9;

const KIND_COLORS: Record<Card["kind"], string> = {
  painPoint: THEME.colors.painPoint,
  opportunity: THEME.colors.opportunity,
  idea: THEME.colors.idea,
  note: THEME.colors.note,
};

/** Five pips, `filled` of them solid: severity readable without reading the number. */
function pips(ctx: RenderContext, box: Box, filled: number, color: string): string {
  let out = "";
  for (let i = 0; i < PIPS; i++) {
    const offset = i * PIP_STEP + 4;
    const cx = ctx.rtl ? box.left + box.width - offset : box.left + offset;
    const fill = i < filled ? color : "none";
    out += `<circle cx="${num(cx)}" cy="${num(box.top + 8)}" r="3.3" fill="${fill}" stroke="${color}" stroke-width="1.2"/>`;
  }
  return out;
}

function severityBlock(ctx: RenderContext, severity: number, width: number): Block {
  const label = textBlock(ctx, `${ctx.labels.severity} ${severity}/5`, width - PIPS * PIP_STEP - 6, { size: THEME.smallSize, weight: 700 }, { fill: THEME.colors.painPoint, maxLines: 1 });
  return {
    height: Math.max(16, label.height),
    draw: (box) => {
      const shift = PIPS * PIP_STEP + 6;
      const labelBox = ctx.rtl ? { ...box, width: box.width - shift } : { ...box, left: box.left + shift, width: box.width - shift };
      return pips(ctx, box, severity, THEME.colors.painPoint) + label.draw(labelBox);
    },
  };
}

function opportunityLine(ctx: RenderContext, card: Card): string {
  const parts: string[] = [];
  if (card.impact !== undefined) parts.push(`${ctx.labels.impact} ${card.impact}/5`);
  if (card.effort !== undefined) parts.push(`${ctx.labels.effort} ${card.effort}/5`);
  if (card.status !== undefined) parts.push(ctx.labels.status[card.status]);
  if (card.owner) parts.push(card.owner);
  return parts.join(" · ");
}

/**
 * A card drawn as a card: a bordered box with a stripe in its kind's colour, the title, the
 * body, and its ratings — severity as pips for pain points; impact, effort, status for the rest.
 */
export function cardBlock(ctx: RenderContext, card: Card, width: number): Block {
  const inner = width - STRIPE - INSET * 2;
  const color = KIND_COLORS[card.kind];
  const parts: Block[] = [textBlock(ctx, ctx.text(card.id, "title", card.title), inner, { size: THEME.bodySize, weight: 700 }, { maxLines: 5 })];
  if (card.body && card.body.length > 0) {
    parts.push(textBlock(ctx, ctx.text(card.id, "body", card.body), inner, { size: THEME.smallSize, weight: 400 }, { fill: THEME.colors.muted, maxLines: 6 }));
  }
  if (card.severity !== undefined) parts.push(severityBlock(ctx, card.severity, inner));
  const ratings = opportunityLine(ctx, card);
  if (ratings !== "") parts.push(textBlock(ctx, ratings, inner, { size: THEME.smallSize, weight: 700 }, { fill: color, maxLines: 3 }));
  const content = stackBlocks(parts, 4);
  const height = content.height + INSET * 2;
  return {
    height,
    draw(box) {
      const stripeX = ctx.rtl ? box.left + box.width - STRIPE : box.left;
      const contentLeft = ctx.rtl ? box.left + INSET : box.left + STRIPE + INSET;
      return (
        `<g data-card-kind="${card.kind}">` +
        `<rect x="${num(box.left)}" y="${num(box.top)}" width="${num(width)}" height="${num(height)}" rx="5" fill="${THEME.colors.cardBg}" stroke="${THEME.colors.grid}"/>` +
        `<rect x="${num(stripeX)}" y="${num(box.top)}" width="${STRIPE}" height="${num(height)}" rx="2" fill="${color}"/>` +
        content.draw({ left: contentLeft, top: box.top + INSET, width: inner }) +
        `</g>`
      );
    },
  };
}
