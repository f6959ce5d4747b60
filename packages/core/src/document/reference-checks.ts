import { cellIdFor } from "../records/cell";
import { emotionIdFor } from "../records/emotion-point";
import { translationIdFor } from "../records/translation";
import type { JourneyDocument } from "./journey-document";
import { toPointer, type DocumentIssue } from "./document-issue";
import { TABLE_NAMES } from "./tables";

/**
 * Checks what a record schema alone cannot: each record is stored under its own id, every id it
 * points at exists, and derived ids (cells, emotion points, translations) match their parts.
 */
export function referenceIssues(doc: JourneyDocument): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const dangling = (path: PropertyKey[], what: string, id: string) =>
    issues.push({ pointer: toPointer(path), code: "dangling_reference", message: `${what} ${id} does not exist` });
  const derived = (path: PropertyKey[], expected: string) =>
    issues.push({ pointer: toPointer(path), code: "derived_id_mismatch", message: `expected id ${expected}` });

  for (const table of TABLE_NAMES) {
    for (const [key, record] of Object.entries(doc[table])) {
      if (record.id !== key) {
        issues.push({ pointer: toPointer([table, key, "id"]), code: "id_mismatch", message: `record stored under ${key} has id ${record.id}` });
      }
    }
  }
  for (const id of doc.map.scope.targetPersonaIds) {
    if (!doc.personas[id]) dangling(["map", "scope", "targetPersonaIds"], "persona", id);
  }
  for (const [key, step] of Object.entries(doc.steps)) {
    if (!doc.stages[step.stageId]) dangling(["steps", key, "stageId"], "stage", step.stageId);
  }
  for (const [key, lane] of Object.entries(doc.lanes)) {
    if (lane.personaId && !doc.personas[lane.personaId]) dangling(["lanes", key, "personaId"], "persona", lane.personaId);
  }
  for (const [key, cell] of Object.entries(doc.cells)) {
    if (!doc.lanes[cell.laneId]) dangling(["cells", key, "laneId"], "lane", cell.laneId);
    if (cell.stepId && !doc.steps[cell.stepId]) dangling(["cells", key, "stepId"], "step", cell.stepId);
    if (cell.stageId && !doc.stages[cell.stageId]) dangling(["cells", key, "stageId"], "stage", cell.stageId);
    const at = cell.stepId ?? cell.stageId;
    if (at && cell.id !== cellIdFor(cell.laneId, at)) derived(["cells", key, "id"], cellIdFor(cell.laneId, at));
    if (cell.content.kind === "touchpoints") {
      cell.content.touchpointIds.forEach((tp, i) => {
        if (!doc.touchpoints[tp]) dangling(["cells", key, "content", "touchpointIds", i], "touchpoint", tp);
      });
    }
  }
  for (const [key, card] of Object.entries(doc.cards)) {
    if (!doc.lanes[card.laneId]) dangling(["cards", key, "laneId"], "lane", card.laneId);
    if (card.stepId && !doc.steps[card.stepId]) dangling(["cards", key, "stepId"], "step", card.stepId);
    if (card.stageId && !doc.stages[card.stageId]) dangling(["cards", key, "stageId"], "stage", card.stageId);
  }
  for (const [key, point] of Object.entries(doc.emotions)) {
    if (!doc.steps[point.stepId]) dangling(["emotions", key, "stepId"], "step", point.stepId);
    if (point.personaId && !doc.personas[point.personaId]) dangling(["emotions", key, "personaId"], "persona", point.personaId);
    const expected = emotionIdFor(point.stepId, point.personaId, point.variant);
    if (point.id !== expected) derived(["emotions", key, "id"], expected);
  }
  for (const [key, flow] of Object.entries(doc.flows)) {
    if (!doc.steps[flow.from]) dangling(["flows", key, "from"], "step", flow.from);
    if (!doc.steps[flow.to]) dangling(["flows", key, "to"], "step", flow.to);
  }
  for (const [key, anchor] of Object.entries(doc.anchors)) {
    const t = anchor.target;
    if (t.kind === "map") continue;
    const exists =
      (t.kind === "stage" && !!doc.stages[t.id]) ||
      (t.kind === "step" && !!doc.steps[t.id]) ||
      (t.kind === "cell" && !!doc.cells[t.id]);
    if (!exists) dangling(["anchors", key, "target", "id"], t.kind, t.id);
  }
  for (const [key, tr] of Object.entries(doc.translations)) {
    const expected = translationIdFor(tr.locale, tr.recordId, tr.field);
    if (tr.id !== expected) derived(["translations", key, "id"], expected);
  }
  return issues;
}
