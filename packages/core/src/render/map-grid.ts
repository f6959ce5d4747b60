import { orderedStages, stepsOfStage } from "../document/ordered-records";
import type { JourneyDocument } from "../document/journey-document";
import type { Stage } from "../records/stage";
import type { Step } from "../records/step";
import { THEME } from "./render-theme";

/** One column of the map: a step, or the empty placeholder of a stage that has no steps yet. */
export interface GridColumn {
  step: Step | undefined;
  stage: Stage;
  /** Physical left edge. */
  left: number;
  width: number;
}

export interface GridStage {
  stage: Stage;
  index: number;
  left: number;
  width: number;
  columns: GridColumn[];
}

/**
 * Where every column sits. Columns are laid out in reading order (stage by stage, step by step)
 * starting after the lane-name column; in a right-to-left map the same logical layout is
 * mirrored, so the first stage is at the right and lane names are on the right edge.
 */
export interface MapGrid {
  width: number;
  laneHeader: { left: number; width: number };
  stages: GridStage[];
  columns: GridColumn[];
  /** Physical left and width of the columns' whole extent. */
  body: { left: number; width: number };
}

export function layoutGrid(doc: JourneyDocument, rtl: boolean): MapGrid {
  const stages = orderedStages(doc);
  const columnCount = stages.reduce((n, s) => n + Math.max(1, stepsOfStage(doc, s.id).length), 0);
  const bodyWidth = columnCount * THEME.columnWidth;
  const width = THEME.margin * 2 + THEME.laneHeaderWidth + bodyWidth;
  /** Physical left of a logical [start, start + size) span measured from the inline-start margin. */
  const place = (start: number, size: number): number => (rtl ? width - THEME.margin - start - size : THEME.margin + start);
  const columns: GridColumn[] = [];
  const gridStages: GridStage[] = [];
  let offset = THEME.laneHeaderWidth;
  stages.forEach((stage, index) => {
    const steps = stepsOfStage(doc, stage.id);
    const slots: Array<Step | undefined> = steps.length > 0 ? steps : [undefined];
    const stageColumns = slots.map((step, i) => ({
      step,
      stage,
      left: place(offset + i * THEME.columnWidth, THEME.columnWidth),
      width: THEME.columnWidth,
    }));
    const stageWidth = slots.length * THEME.columnWidth;
    gridStages.push({ stage, index, left: place(offset, stageWidth), width: stageWidth, columns: stageColumns });
    columns.push(...stageColumns);
    offset += stageWidth;
  });
  return {
    width,
    laneHeader: { left: place(0, THEME.laneHeaderWidth), width: THEME.laneHeaderWidth },
    stages: gridStages,
    columns,
    body: { left: place(THEME.laneHeaderWidth, bodyWidth), width: bodyWidth },
  };
}
