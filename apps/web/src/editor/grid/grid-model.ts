import { orderedLanes, orderedStages, stepsOfStage, type JourneyDocument, type Lane, type Stage, type Step } from "@kaart/core";

export interface StageColumnGroup {
  stage: Stage;
  steps: Step[];
}

/** The grid's shape: stages with their steps (the columns, in order) and the lanes (the rows). */
/** A column of the grid: a step, or the one empty column of a stage without steps. */
export interface GridSlot {
  stage: Stage;
  step: Step | undefined;
}

export interface GridModel {
  groups: StageColumnGroup[];
  /** The steps in column order. */
  columns: Step[];
  /** Every grid column, including the empty columns of stages without steps. */
  slots: GridSlot[];
  lanes: Lane[];
}

export function gridModel(doc: JourneyDocument): GridModel {
  const groups = orderedStages(doc).map((stage) => ({ stage, steps: stepsOfStage(doc, stage.id) }));
  const slots = groups.flatMap((g): GridSlot[] => (g.steps.length ? g.steps.map((step) => ({ stage: g.stage, step })) : [{ stage: g.stage, step: undefined }]));
  return { groups, columns: groups.flatMap((g) => g.steps), slots, lanes: orderedLanes(doc) };
}

/** The key of a data cell in the grid, used for focus, presence and analysis links. */
export function cellKey(laneId: string, stepId: string): string {
  return `${laneId}|${stepId}`;
}
