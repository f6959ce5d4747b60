import { orderedLanes, orderedStages, stepsOfStage, type JourneyDocument, type Lane, type Stage, type Step } from "@kaart/core";

export interface StageColumnGroup {
  stage: Stage;
  steps: Step[];
}

/** A column of the grid: a step, or the one empty column of a stage without steps. */
export interface GridSlot {
  stage: Stage;
  step: Step | undefined;
}

/** The grid's shape: stages with their steps (the columns, in order) and the lanes (the rows). */
export interface GridModel {
  groups: StageColumnGroup[];
  /** The steps in column order. */
  columns: Step[];
  /** Every grid column, including the empty columns of stages without steps. */
  slots: GridSlot[];
  lanes: Lane[];
}

type GridTables = Pick<JourneyDocument, "stages" | "steps" | "lanes">;

export function gridModel(doc: GridTables): GridModel {
  const groups = orderedStages(doc).map((stage) => ({ stage, steps: stepsOfStage(doc, stage.id) }));
  const slots = groups.flatMap((g): GridSlot[] => (g.steps.length ? g.steps.map((step) => ({ stage: g.stage, step })) : [{ stage: g.stage, step: undefined }]));
  return { groups, columns: groups.flatMap((g) => g.steps), slots, lanes: orderedLanes(doc) };
}

/** The key of a data cell in the grid, used for focus, presence and analysis links. */
export function cellKey(laneId: string, stepId: string): string {
  return `${laneId}|${stepId}`;
}

const models = new WeakMap<GridTables["stages"], { steps: GridTables["steps"]; lanes: GridTables["lanes"]; model: GridModel }>();

/**
 * `gridModel`, the same object again while the stages, steps and lanes tables are the same objects
 * (the document reader keeps untouched tables), so a selector of it changes only when the grid's
 * shape does — not when a cell is typed in.
 */
export function sharedGridModel(doc: GridTables): GridModel {
  const last = models.get(doc.stages);
  if (last && last.steps === doc.steps && last.lanes === doc.lanes) return last.model;
  const model = gridModel(doc);
  models.set(doc.stages, { steps: doc.steps, lanes: doc.lanes, model });
  return model;
}
