import type { JourneyDocument } from "../../document/journey-document";
import { orderedLanes, orderedStages, stepsOfStage } from "../../document/ordered-records";
import type { FormatWarning } from "../format-result";
import type { StepId } from "../../records/ids";
import { cellTextOf } from "./cell-text";

/** The first three columns: lane id, lane type, lane name. Step columns start after them. */
export const GRID_LANE_COLUMNS = 3;
export const GRID_HEADER = ["lane id", "lane type", "lane name"] as const;

export interface Grid {
  /** Row 1 stage names (at a stage's first column), row 2 step names, then one row per lane. */
  rows: string[][];
  /** Column spans of the stages (0-based, inclusive), for spreadsheets that merge header cells. */
  stageSpans: { name: string; from: number; to: number }[];
}

/**
 * The CSV/XLSX grid of a document (contracts.md): row 1 stage names, row 2 step names, columns
 * A–C lane id, type and name, one row per lane, one column per step. A stage without steps gets
 * one column with an empty step name. Text is raw here; writers escape formulas.
 * Cells spanning a whole stage have no column of their own and are left out with a warning.
 *
 * @example
 * const { grid } = documentToGrid(doc);
 * grid.rows[1].slice(GRID_LANE_COLUMNS) // the step names, in journey order
 */
export function documentToGrid(doc: JourneyDocument): { grid: Grid; warnings: FormatWarning[] } {
  const warnings: FormatWarning[] = [];
  const stageRow: string[] = [...GRID_HEADER];
  const stepRow: string[] = ["", "", ""];
  const columns: (StepId | undefined)[] = [];
  const stageSpans: Grid["stageSpans"] = [];
  for (const stage of orderedStages(doc)) {
    const steps = stepsOfStage(doc, stage.id);
    const from = stageRow.length;
    if (!steps.length) {
      stageRow.push(stage.name);
      stepRow.push("");
      columns.push(undefined);
    }
    steps.forEach((step, i) => {
      stageRow.push(i === 0 ? stage.name : "");
      stepRow.push(step.name);
      columns.push(step.id);
    });
    stageSpans.push({ name: stage.name, from, to: stageRow.length - 1 });
  }
  const rows = [stageRow, stepRow];
  const cellText = cellTextOf(doc);
  for (const lane of orderedLanes(doc)) {
    rows.push([lane.id, lane.type, lane.name, ...columns.map((stepId) => (stepId ? cellText(lane, stepId) : ""))]);
  }
  for (const cell of Object.values(doc.cells)) {
    if (cell.stageId) warnings.push({ code: "grid_stage_cell_omitted", message: "a cell spanning a whole stage has no column in the grid", pointer: `/cells/${cell.id}` });
  }
  return { grid: { rows, stageSpans }, warnings };
}
