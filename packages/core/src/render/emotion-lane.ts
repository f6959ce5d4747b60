import type { EmotionPoint } from "../records/emotion-point";
import type { Lane } from "../records/lane";
import { emotionLevel, emotionMarker } from "./emotion-marker";
import { curveStyles, pointVisible, type CurveStyle } from "./emotion-series";
import type { MapGrid } from "./map-grid";
import type { RenderContext } from "./render-context";
import { THEME } from "./render-theme";
import { num, type Box } from "./svg-text";
import { escapeXml } from "./xml-escape";

const INSET = 18;

interface Placed {
  x: number;
  y: number;
  point: EmotionPoint;
}

/** A smooth path through the points: horizontal tangents, so the curve never overshoots a score. */
function smoothPath(points: readonly Placed[]): string {
  let d = "";
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (!prev) {
      d += `M${num(p.x)} ${num(p.y)}`;
      return;
    }
    const mid = (prev.x + p.x) / 2;
    d += `C${num(mid)} ${num(prev.y)} ${num(mid)} ${num(p.y)} ${num(p.x)} ${num(p.y)}`;
  });
  return d;
}

/**
 * Horizontal guides at the five levels, the neutral one stronger, each with a small face at the
 * lane's inline-start edge as its axis label (before the first step's centre, so no curve hides it).
 */
function guides(ctx: RenderContext, box: Box, height: number): string {
  let out = "";
  const faceX = ctx.rtl ? box.left + box.width - 12 : box.left + 12;
  for (let i = 0; i <= 4; i++) {
    const y = box.top + INSET + ((height - 2 * INSET) * i) / 4;
    const neutral = i === 2;
    out += `<line x1="${num(box.left)}" y1="${num(y)}" x2="${num(box.left + box.width)}" y2="${num(y)}" stroke="${neutral ? THEME.colors.faint : THEME.colors.grid}" stroke-dasharray="${neutral ? "" : "2 4"}"/>`;
    const level = 4 - i;
    out += `<g opacity="0.75" data-axis-level="${level}">${emotionMarker(level === 0 || level === 1 || level === 2 || level === 3 ? level : 4, faceX, y, "asIs")}</g>`;
  }
  return out;
}

function curve(ctx: RenderContext, placed: readonly Placed[], style: CurveStyle, variant: "asIs" | "toBe"): string {
  if (placed.length === 0) return "";
  const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : "";
  const width = variant === "asIs" ? 2.6 : 2;
  const opacity = variant === "asIs" ? 1 : 0.6;
  const line = placed.length > 1 ? `<path d="${smoothPath(placed)}" fill="none" stroke="${style.color}" stroke-width="${width}" stroke-opacity="${opacity}"${dash}/>` : "";
  const markers = placed.map((p) => emotionMarker(emotionLevel(p.point.score, ctx.doc.map.emotionScale), p.x, p.y, variant, style.color)).join("");
  return `<g data-curve="${variant}" data-persona="${escapeXml(style.personaId ?? "")}">${line}${markers}</g>`;
}

/**
 * The emotion curve lane: one line per persona across the step columns, as-is drawn solid in
 * colour and to-be as a lighter overlay with hollow markers. `box` spans the columns only.
 */
export function drawEmotionLane(ctx: RenderContext, grid: MapGrid, lane: Lane, box: Box, height: number): string {
  const scale = ctx.doc.map.emotionScale;
  const columnOf = new Map(grid.columns.flatMap((c) => (c.step ? [[c.step.id, c] as const] : [])));
  const yOf = (score: number): number => {
    const t = Math.min(1, Math.max(0, (score - scale.min) / (scale.max - scale.min)));
    return box.top + INSET + (1 - t) * (height - 2 * INSET);
  };
  const order = new Map(grid.columns.map((c, i) => [c.step?.id, i]));
  let out = guides(ctx, box, height);
  const styles = curveStyles(ctx);
  const points = Object.values(ctx.doc.emotions);
  for (const variant of ["toBe", "asIs"] as const) {
    for (const style of styles) {
      const placed = points
        .filter((p) => p.variant === variant && p.personaId === style.personaId && pointVisible(ctx, p, lane.personaId))
        .flatMap((point) => {
          const column = columnOf.get(point.stepId);
          return column ? [{ x: column.left + column.width / 2, y: yOf(point.score), point }] : [];
        })
        .sort((a, b) => (order.get(a.point.stepId) ?? 0) - (order.get(b.point.stepId) ?? 0));
      out += curve(ctx, placed, style, variant);
    }
  }
  return `<g data-lane-type="emotions">${out}</g>`;
}
