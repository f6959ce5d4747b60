import type { FlowEdge } from "../records/flow-edge";
import type { Block } from "./block";
import { measureText } from "./measure-text";
import type { MapGrid } from "./map-grid";
import type { RenderContext } from "./render-context";
import { THEME } from "./render-theme";
import { num, svgTextLines } from "./svg-text";
import type { TextStyle } from "./text-style";
import { wrapText } from "./wrap-text";

const LEVEL = 18;
const LABEL: TextStyle = { size: THEME.smallSize, weight: 400 };
const DASHES: Record<FlowEdge["kind"], string> = { branch: "", loop: "6 4", reentry: "2 3" };

interface Routed {
  edge: FlowEdge;
  x1: number;
  x2: number;
  level: number;
}

/** Each edge on the first level where it overlaps no other edge, shortest edges nearest the steps. */
function route(ctx: RenderContext, grid: MapGrid): Routed[] {
  const index = new Map(grid.columns.flatMap((c, i) => (c.step ? [[c.step.id, i] as const] : [])));
  const edges = Object.values(ctx.doc.flows)
    .flatMap((edge) => {
      const a = index.get(edge.from);
      const b = index.get(edge.to);
      return a === undefined || b === undefined ? [] : [{ edge, a, b }];
    })
    .sort((p, q) => Math.abs(p.a - p.b) - Math.abs(q.a - q.b) || p.edge.id.localeCompare(q.edge.id));
  const levels: Array<Array<[number, number]>> = [];
  return edges.map(({ edge, a, b }) => {
    const span: [number, number] = [Math.min(a, b), Math.max(a, b)];
    let level = levels.findIndex((used) => used.every(([lo, hi]) => span[1] < lo || span[0] > hi));
    if (level < 0) level = levels.push([]) - 1;
    levels[level]?.push(span);
    const center = (i: number): number => {
      const c = grid.columns[i];
      return c ? c.left + c.width / 2 : 0;
    };
    // A step that loops onto itself gets a loop wide enough for its label.
    const x1 = center(a) + (a === b ? -60 : 8);
    const x2 = center(b) + (a === b ? 60 : -8);
    return { edge, x1, x2, level };
  });
}

function edgeLabel(edge: FlowEdge, ctx: RenderContext): string {
  const label = edge.label ? ctx.text(edge.id, "label", edge.label) : "";
  const share = edge.share === undefined ? "" : `${Math.round(edge.share * 100)} %`;
  return [label, share].filter(Boolean).join(" · ");
}

/**
 * Branches, loops and re-entries as arrows in a band under the step headers: each leaves its
 * step, runs along its own level and points up into the target step. Dash patterns tell the
 * kinds apart; labels sit on the arrow with the share of customers when known.
 */
export function flowBand(ctx: RenderContext, grid: MapGrid): Block {
  const routed = route(ctx, grid);
  if (routed.length === 0) return { height: 0, draw: () => "" };
  const levels = Math.max(...routed.map((r) => r.level)) + 1;
  return {
    height: levels * LEVEL + 14,
    draw(box) {
      return routed
        .map(({ edge, x1, x2, level }) => {
          const y = box.top + 12 + level * LEVEL + LEVEL / 2;
          const top = box.top;
          const dash = DASHES[edge.kind] ? ` stroke-dasharray="${DASHES[edge.kind]}"` : "";
          const dir = x2 > x1 ? 1 : -1;
          const path = `M${num(x1)} ${num(top)}V${num(y - 6)}Q${num(x1)} ${num(y)} ${num(x1 + 6 * dir)} ${num(y)}H${num(x2 - 6 * dir)}Q${num(x2)} ${num(y)} ${num(x2)} ${num(y - 6)}V${num(top + 7)}`;
          const head = `<path d="M${num(x2 - 4.5)} ${num(top + 8)}L${num(x2)} ${num(top)}L${num(x2 + 4.5)} ${num(top + 8)}Z" fill="${THEME.colors.flow}"/>`;
          const text = edgeLabel(edge, ctx);
          let label = "";
          if (text !== "") {
            const w = Math.min(Math.abs(x2 - x1) - 16, measureText(text, LABEL, ctx.rtl) + 8);
            if (w > 20) {
              const left = (x1 + x2) / 2 - w / 2;
              const lh = LABEL.size * THEME.lineHeight;
              label = `<rect x="${num(left)}" y="${num(y - lh / 2)}" width="${num(w)}" height="${num(lh)}" rx="3" fill="#ffffff"/>` + svgTextLines(ctx, wrapText(text, w - 8, LABEL, ctx.rtl, 1), { left, top: y - lh / 2, width: w }, LABEL, { align: "center", fill: THEME.colors.flow });
            }
          }
          return `<g data-flow="${edge.kind}"><path d="${path}" fill="none" stroke="${THEME.colors.flow}" stroke-width="1.6"${dash}/>${head}${label}</g>`;
        })
        .join("");
    },
  };
}
