import type { Lane } from "../records/lane";
import { cellIdFor } from "../records/cell";
import type { StageId, StepId } from "../records/ids";
import { EMPTY_BLOCK, stackBlocks, type Block } from "./block";
import { cardBlock } from "./card-block";
import { cellContentBlock } from "./cell-content-block";
import { drawEmotionLane } from "./emotion-lane";
import type { MapGrid } from "./map-grid";
import type { RenderContext } from "./render-context";
import { THEME } from "./render-theme";
import { num } from "./svg-text";
import { textBlock } from "./text-block";

const MIN_HEIGHT = 48;

/**
 * Rules between columns, drawn under the cells: stage boundaries over the whole row, step
 * boundaries only below the stage-wide content so a KPI spanning a stage is not crossed out.
 */
function columnRules(grid: MapGrid, rtl: boolean, top: number, stepTop: number, bottom: number): string {
  return grid.stages
    .flatMap((s) =>
      s.columns.map((c, i) => {
        const x = num(rtl ? c.left + c.width : c.left);
        const from = num(i === 0 ? top : stepTop);
        return `<line x1="${x}" y1="${from}" x2="${x}" y2="${num(bottom)}" stroke="${i === 0 ? THEME.colors.faint : THEME.colors.grid}"/>`;
      }),
    )
    .join("");
}

/** What one cell position (a step, or a whole stage) holds in a lane: content, then cards. */
function cellBlock(ctx: RenderContext, lane: Lane, at: StepId | StageId, width: number): Block {
  const cell = ctx.doc.cells[cellIdFor(lane.id, at)];
  const blocks = [cell ? cellContentBlock(ctx, cell, width) : EMPTY_BLOCK, ...ctx.cardsAt(lane.id, at).map((card) => cardBlock(ctx, card, width))];
  return stackBlocks(blocks, THEME.cardGap);
}

function laneHeaderBlock(ctx: RenderContext, lane: Lane, width: number): Block {
  const parts = [textBlock(ctx, ctx.text(lane.id, "name", lane.name), width, { size: THEME.laneNameSize, weight: 700 }, { maxLines: 4 })];
  const persona = lane.personaId ? ctx.doc.personas[lane.personaId] : undefined;
  if (persona) parts.push(textBlock(ctx, ctx.text(persona.id, "name", persona.name), width, { size: THEME.smallSize, weight: 400 }, { fill: THEME.colors.muted, maxLines: 2 }));
  if (lane.description) parts.push(textBlock(ctx, ctx.text(lane.id, "description", lane.description), width, { size: THEME.smallSize, weight: 400 }, { fill: THEME.colors.muted, maxLines: 4 }));
  return stackBlocks(parts, 3);
}

/**
 * One lane as a row: its name on the inline-start side, then a block per column. Cells and
 * cards attached to a whole stage come first, spanning the stage's columns; the row is as tall
 * as its tallest cell. The emotion lane draws the curve instead of cells.
 */
export function laneRow(ctx: RenderContext, grid: MapGrid, lane: Lane, index: number): Block {
  const inner = THEME.columnWidth - THEME.pad * 2;
  const header = laneHeaderBlock(ctx, lane, grid.laneHeader.width - THEME.pad * 2);
  const emotions = lane.type === "emotions";
  const stageBlocks = emotions ? [] : grid.stages.map((s) => cellBlock(ctx, lane, s.stage.id, s.width - THEME.pad * 2));
  const stepBlocks = emotions ? [] : grid.columns.map((c) => (c.step ? cellBlock(ctx, lane, c.step.id, inner) : EMPTY_BLOCK));
  const stageHeight = Math.max(0, ...stageBlocks.map((b) => b.height));
  const stepHeight = Math.max(0, ...stepBlocks.map((b) => b.height));
  const body = emotions ? THEME.emotionLaneHeight : stageHeight + (stageHeight > 0 && stepHeight > 0 ? THEME.cardGap : 0) + stepHeight + THEME.pad * 2;
  const height = Math.max(MIN_HEIGHT, body, header.height + THEME.pad * 2);
  return {
    height,
    draw(box) {
      const fill = index % 2 === 0 ? THEME.colors.laneBand : THEME.colors.background;
      let out = `<rect x="${num(grid.body.left)}" y="${num(box.top)}" width="${num(grid.body.width)}" height="${num(height)}" fill="${fill}"/>`;
      out += `<rect x="${num(grid.laneHeader.left)}" y="${num(box.top)}" width="${num(grid.laneHeader.width - 4)}" height="${num(height)}" rx="4" fill="${THEME.colors.laneHeader}"/>`;
      out += header.draw({ left: grid.laneHeader.left + THEME.pad, top: box.top + THEME.pad, width: grid.laneHeader.width - THEME.pad * 2 });
      const top = box.top + THEME.pad;
      const stepTop = top + stageHeight + (stageHeight > 0 ? THEME.cardGap : 0);
      out += columnRules(grid, ctx.rtl, box.top, stageHeight > 0 ? stepTop - THEME.cardGap / 2 : box.top, box.top + height);
      if (emotions) return `<g data-lane="${lane.type}">${out}${drawEmotionLane(ctx, grid, lane, { left: grid.body.left, top: box.top, width: grid.body.width }, height)}</g>`;
      grid.stages.forEach((s, i) => {
        out += stageBlocks[i]?.draw({ left: s.left + THEME.pad, top, width: s.width - THEME.pad * 2 }) ?? "";
      });
      grid.columns.forEach((c, i) => {
        out += stepBlocks[i]?.draw({ left: c.left + THEME.pad, top: stepTop, width: inner }) ?? "";
      });
      return `<g data-lane="${lane.type}">${out}</g>`;
    },
  };
}
