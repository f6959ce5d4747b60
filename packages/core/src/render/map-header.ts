import { stackBlocks, type Block } from "./block";
import { formatKpi } from "./cell-content-block";
import type { MapGrid } from "./map-grid";
import type { RenderContext } from "./render-context";
import { THEME } from "./render-theme";
import { num } from "./svg-text";
import { textBlock } from "./text-block";

const STAGE = { size: THEME.stageSize, weight: 700 } as const;
const STEP = { size: THEME.stepSize, weight: 700 } as const;
const SMALL = { size: THEME.smallSize, weight: 700 } as const;

/** A five-pointed star of outer radius 7 centred at (cx, cy): the moment-that-matters mark. */
export function starPath(cx: number, cy: number, r = 7): string {
  let d = "";
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    d += `${i === 0 ? "M" : "L"}${num(cx + radius * Math.cos(angle))} ${num(cy + radius * Math.sin(angle))}`;
  }
  return `<path d="${d}Z" fill="${THEME.colors.moment}" stroke="#8d6708" stroke-width="0.8"/>`;
}

/** Title and description of the map, across the whole width. */
export function titleBlock(ctx: RenderContext, width: number): Block {
  const map = ctx.doc.map;
  const title = textBlock(ctx, ctx.text(map.id, "title", map.title), width, { size: THEME.titleSize, weight: 700 }, { maxLines: 2 });
  const about = map.description ?? map.scope.scenario;
  const field = map.description !== undefined ? "description" : "scope.scenario";
  const subtitle = about ? textBlock(ctx, ctx.text(map.id, field, about), width, { size: THEME.subtitleSize, weight: 400 }, { fill: THEME.colors.muted, maxLines: 3 }) : undefined;
  return {
    height: title.height + (subtitle ? subtitle.height + 6 : 0),
    draw: (box) => title.draw(box) + (subtitle ? subtitle.draw({ ...box, top: box.top + title.height + 6 }) : ""),
  };
}

/** A stage header's content: its name, then the customer's goal and the stage's KPIs, smaller. */
function stageHeaderBlock(ctx: RenderContext, stage: GridStageRef, width: number): Block {
  const small = { size: THEME.smallSize, weight: 400 } as const;
  const parts = [textBlock(ctx, ctx.text(stage.id, "name", stage.name), width, STAGE, { fill: "#ffffff", maxLines: 2 })];
  if (stage.customerGoal) parts.push(textBlock(ctx, ctx.text(stage.id, "customerGoal", stage.customerGoal), width, small, { fill: "#ffffff", maxLines: 2 }));
  for (const kpi of stage.kpis) parts.push(textBlock(ctx, `• ${formatKpi(kpi, ctx.labels.target)}`, width, small, { fill: "#ffffff", maxLines: 1 }));
  return stackBlocks(parts, 2);
}

type GridStageRef = MapGrid["stages"][number]["stage"];

/** The row of stage headers, each spanning its steps. */
export function stageRow(ctx: RenderContext, grid: MapGrid): Block {
  const blocks = grid.stages.map((s) => stageHeaderBlock(ctx, s.stage, s.width - THEME.pad * 2));
  const height = Math.max(STAGE.size * THEME.lineHeight, ...blocks.map((b) => b.height)) + THEME.pad * 2;
  return {
    height,
    draw(box) {
      return grid.stages
        .map((s, i) => {
          const fill = THEME.stagePalette[s.index % THEME.stagePalette.length] ?? "#2c5282";
          return (
            `<g data-stage="${i}"><rect x="${num(s.left + 1)}" y="${num(box.top)}" width="${num(s.width - 2)}" height="${num(height)}" rx="6" fill="${fill}"/>` +
            (blocks[i]?.draw({ left: s.left + THEME.pad, top: box.top + THEME.pad, width: s.width - THEME.pad * 2 }) ?? "") +
            `</g>`
          );
        })
        .join("");
    },
  };
}

/** The row of step headers; a moment that matters gets a star, a label and a gold rule. */
export function stepRow(ctx: RenderContext, grid: MapGrid): Block {
  const inner = THEME.columnWidth - THEME.pad * 2;
  const names = grid.columns.map((c) => (c.step ? textBlock(ctx, ctx.text(c.step.id, "name", c.step.name), inner, STEP, { maxLines: 4 }) : undefined));
  const momentLabel = textBlock(ctx, ctx.labels.momentThatMatters, inner - 20, SMALL, { fill: "#8d6708", maxLines: 2 });
  const hasMoment = grid.columns.some((c) => c.step?.momentThatMatters);
  const height = Math.max(STEP.size * THEME.lineHeight, ...names.map((b) => b?.height ?? 0)) + THEME.pad * 2 + (hasMoment ? momentLabel.height + 6 : 0);
  return {
    height,
    draw(box) {
      return grid.columns
        .map((c, i) => {
          const moment = c.step?.momentThatMatters !== undefined;
          const left = c.left + THEME.pad;
          let out = `<rect x="${num(c.left + 1)}" y="${num(box.top)}" width="${num(c.width - 2)}" height="${num(height)}" rx="4" fill="${THEME.colors.stepHeader}"/>`;
          out += names[i]?.draw({ left, top: box.top + THEME.pad, width: inner }) ?? "";
          if (moment) {
            const labelTop = box.top + height - THEME.pad - momentLabel.height;
            const starX = ctx.rtl ? c.left + c.width - THEME.pad - 7 : left + 7;
            out += `<rect x="${num(c.left + 1)}" y="${num(box.top)}" width="${num(c.width - 2)}" height="4" fill="${THEME.colors.moment}"/>`;
            out += starPath(starX, labelTop + 7.5);
            out += momentLabel.draw(ctx.rtl ? { left, top: labelTop, width: inner - 20 } : { left: left + 20, top: labelTop, width: inner - 20 });
          }
          return `<g data-step="${i}"${moment ? ` data-moment="true"` : ""}>${out}</g>`;
        })
        .join("");
    },
  };
}
