import type { JourneyDocument } from "../document/journey-document";
import { orderedLanes, orderedStages, orderedSteps } from "../document/ordered-records";
import type { Card } from "../records/card";
import type { Cell } from "../records/cell";
import type { Lane } from "../records/lane";
import type { Persona } from "../records/persona";
import type { Stage } from "../records/stage";
import type { Step } from "../records/step";
import type { Touchpoint } from "../records/touchpoint";
import type { FlowEdge } from "../records/flow-edge";
import type { TableSpec } from "./table-diff";

/** How each compared table is named, placed and listed. Listing order is map order. */
export const STAGE_SPEC: TableSpec<Stage> = {
  table: "stages",
  records: (d) => d.stages,
  name: (r) => r.name,
  renameField: "name",
  placement: { container: () => ({}), order: (r) => r.order },
  ignore: new Set(["id", "name", "order"]),
  listing: (d) => ranks(orderedStages(d).map((s) => s.id)),
};

export const STEP_SPEC: TableSpec<Step> = {
  table: "steps",
  records: (d) => d.steps,
  name: (r) => r.name,
  renameField: "name",
  placement: { container: (r) => ({ stageId: r.stageId }), order: (r) => r.order },
  ignore: new Set(["id", "name", "order", "stageId"]),
  listing: (d) => ranks(orderedSteps(d).map((s) => s.id)),
};

export const LANE_SPEC: TableSpec<Lane> = {
  table: "lanes",
  records: (d) => d.lanes,
  name: (r) => r.name,
  renameField: "name",
  placement: { container: () => ({}), order: (r) => r.order },
  ignore: new Set(["id", "name", "order"]),
  listing: (d) => ranks(orderedLanes(d).map((l) => l.id)),
};

/** A cell's id is derived from its lane and column, so a cell never moves or gets renamed. */
export const CELL_SPEC: TableSpec<Cell> = {
  table: "cells",
  records: (d) => d.cells,
  name: (r, d) => `${d.lanes[r.laneId]?.name ?? r.laneId} × ${columnName(d, r.stepId ?? r.stageId)}`,
  ignore: new Set(["id", "laneId", "stepId", "stageId"]),
  listing: (d) => gridRanks(d, Object.values(d.cells)),
};

export const CARD_SPEC: TableSpec<Card> = {
  table: "cards",
  records: (d) => d.cards,
  name: (r) => r.title,
  renameField: "title",
  placement: {
    container: (r) => (r.stepId ? { laneId: r.laneId, stepId: r.stepId } : { laneId: r.laneId, stageId: r.stageId ?? "" }),
    order: (r) => r.order,
  },
  ignore: new Set(["id", "title", "order", "laneId", "stepId", "stageId"]),
  listing: (d) => gridRanks(d, Object.values(d.cards)),
};

export const PERSONA_SPEC: TableSpec<Persona> = {
  table: "personas",
  records: (d) => d.personas,
  name: (r) => r.name,
  renameField: "name",
  ignore: new Set(["id", "name"]),
  listing: (d) => byName(Object.values(d.personas)),
};

export const TOUCHPOINT_SPEC: TableSpec<Touchpoint> = {
  table: "touchpoints",
  records: (d) => d.touchpoints,
  name: (r) => r.name,
  renameField: "name",
  ignore: new Set(["id", "name"]),
  listing: (d) => byName(Object.values(d.touchpoints)),
};

/** Flow edges (branches, loops, re-entries) have no name; they are shown as "from → to" step names. */
export const FLOW_SPEC: TableSpec<FlowEdge> = {
  table: "flows",
  records: (d) => d.flows,
  name: (r, d) => `${d.steps[r.from]?.name ?? r.from} → ${d.steps[r.to]?.name ?? r.to}${r.label ? ` (${r.label})` : ""}`,
  ignore: new Set(["id"]),
  listing: (d) => {
    const column = ranks(orderedSteps(d).map((s) => s.id));
    const at = (id: string) => column.get(id) ?? Infinity;
    const flows = Object.values(d.flows).sort((x, y) => at(x.from) - at(y.from) || at(x.to) - at(y.to) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    return ranks(flows.map((f) => f.id));
  },
};

function ranks(ids: string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}

function byName(records: { id: string; name: string }[]): Map<string, number> {
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return ranks(records.sort((x, y) => cmp(x.name, y.name) || cmp(x.id, y.id)).map((r) => r.id));
}

/** Cells and cards in reading order: lane by lane, column by column (a stage before its steps), then order key. */
function gridRanks(d: JourneyDocument, records: { id: string; laneId: string; stepId?: string; stageId?: string; order?: string }[]): Map<string, number> {
  const lanes = ranks(orderedLanes(d).map((l) => l.id));
  const columns = new Map<string, number>();
  const steps = orderedSteps(d);
  let i = 0;
  for (const stage of orderedStages(d)) {
    columns.set(stage.id, i++);
    for (const step of steps) if (step.stageId === stage.id) columns.set(step.id, i++);
  }
  const key = (r: (typeof records)[number]) => [lanes.get(r.laneId) ?? Infinity, columns.get(r.stepId ?? r.stageId ?? "") ?? Infinity] as const;
  const sorted = [...records].sort((x, y) => {
    const [lx, cx] = key(x);
    const [ly, cy] = key(y);
    if (lx !== ly) return lx < ly ? -1 : 1;
    if (cx !== cy) return cx < cy ? -1 : 1;
    const ox = x.order ?? "";
    const oy = y.order ?? "";
    return ox < oy ? -1 : ox > oy ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  });
  return ranks(sorted.map((r) => r.id));
}

function columnName(d: JourneyDocument, id: string | undefined): string {
  if (!id) return "";
  return d.steps[id]?.name ?? d.stages[id]?.name ?? id;
}
