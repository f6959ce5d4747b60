import type { LaneId, StageId, StepId } from "@kaart/core";
import type { Axis } from "./reorder-shortcut";

/** The record a stage, step or lane header stands for. */
export type HeaderTarget = { kind: "stage"; id: StageId } | { kind: "step"; id: StepId } | { kind: "lane"; id: LaneId };

/** Stages and steps are ordered along the row, lanes down the column. */
export const axisOf = (target: HeaderTarget): Axis => (target.kind === "lane" ? "column" : "row");
