import type { JourneyDocument } from "../document/journey-document";
import type { TableName } from "../document/tables";
import type { JourneyMap } from "../records/journey-map";
import type { PatchOp } from "../patch/patch";

/** Records an operation removes directly, by table; the cascade finds the rest. */
export type RemovalSeeds = Partial<Record<TableName, Iterable<string>>>;

/** Children are removed before what they point at, so observers never see a dangling child. */
const REMOVE_ORDER: TableName[] = [
  "translations", "anchors", "flows", "emotions", "cards", "cells", "steps", "stages", "lanes", "personas", "touchpoints",
];

/**
 * Every op needed to remove `seeds` without leaving a reference behind: a stage takes its steps;
 * a stage, step or lane takes its cells and cards; a step takes its emotion points, flow edges
 * and anchors; a persona takes its emotion points, leaves the map's target personas and
 * un-scopes lanes scoped to it (the lane and its content stay, for every persona); a touchpoint
 * leaves the touchpoint cells that list it; removed records take their translations. The
 * invariant, tested for every removal: the result still passes `validateDocument`.
 */
export function removalCascade(doc: JourneyDocument, seeds: RemovalSeeds): { ops: PatchOp[]; map: JourneyMap | undefined } {
  const gone = {} as Record<TableName, Set<string>>;
  // Seeds may name records that are already missing (see removeOrphans): they still cascade,
  // but only records present get a remove op.
  for (const t of REMOVE_ORDER) gone[t] = new Set(seeds[t] ?? []);
  for (const s of Object.values(doc.steps)) if (gone.stages.has(s.stageId)) gone.steps.add(s.id);
  const at = (r: { laneId: string; stepId?: string; stageId?: string }) =>
    gone.lanes.has(r.laneId) || (r.stepId !== undefined && gone.steps.has(r.stepId)) || (r.stageId !== undefined && gone.stages.has(r.stageId));
  for (const c of Object.values(doc.cells)) if (at(c)) gone.cells.add(c.id);
  for (const c of Object.values(doc.cards)) if (at(c)) gone.cards.add(c.id);
  for (const e of Object.values(doc.emotions)) {
    if (gone.steps.has(e.stepId) || (e.personaId !== undefined && gone.personas.has(e.personaId))) gone.emotions.add(e.id);
  }
  for (const f of Object.values(doc.flows)) if (gone.steps.has(f.from) || gone.steps.has(f.to)) gone.flows.add(f.id);
  for (const a of Object.values(doc.anchors)) {
    const t = a.target;
    const hit = (t.kind === "stage" && gone.stages.has(t.id)) || (t.kind === "step" && gone.steps.has(t.id)) || (t.kind === "cell" && gone.cells.has(t.id));
    if (hit) gone.anchors.add(a.id);
  }
  const removedIds = new Set(REMOVE_ORDER.flatMap((t) => [...gone[t]]));
  for (const tr of Object.values(doc.translations)) if (removedIds.has(tr.recordId)) gone.translations.add(tr.id);

  const ops: PatchOp[] = [];
  for (const lane of Object.values(doc.lanes)) {
    if (lane.personaId && gone.personas.has(lane.personaId) && !gone.lanes.has(lane.id)) {
      const { personaId: _dropped, ...rest } = lane;
      ops.push({ op: "put", table: "lanes", id: lane.id, record: rest });
    }
  }
  for (const cell of Object.values(doc.cells)) {
    if (gone.cells.has(cell.id) || cell.content.kind !== "touchpoints") continue;
    const kept = cell.content.touchpointIds.filter((id) => !gone.touchpoints.has(id));
    if (kept.length !== cell.content.touchpointIds.length) {
      ops.push({ op: "put", table: "cells", id: cell.id, record: { ...cell, content: { kind: "touchpoints", touchpointIds: kept } } });
    }
  }
  for (const t of REMOVE_ORDER) for (const id of gone[t]) if (id in doc[t]) ops.push({ op: "remove", table: t, id });

  const targets = doc.map.scope.targetPersonaIds;
  const keptTargets = targets.filter((id) => !gone.personas.has(id));
  const map = keptTargets.length === targets.length ? undefined : { ...doc.map, scope: { ...doc.map.scope, targetPersonaIds: keptTargets } };
  return { ops, map };
}
