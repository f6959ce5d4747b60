import { test } from "node:test";
import assert from "node:assert/strict";
import { buildLargeMap } from "../../bench/large-map";
import type { JourneyDocument } from "../document/journey-document";
import { analyzeMap } from "./analyze-map";
import { locationSchema, type Location } from "./location";
import { mapAnalysisSchema } from "./map-analysis";

/** Every `location` object anywhere inside a value. */
function locations(value: unknown, out: Location[] = []): Location[] {
  if (Array.isArray(value)) for (const v of value) locations(v, out);
  else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === "location") out.push(locationSchema.parse(v));
      else locations(v, out);
    }
  }
  return out;
}

/** RFC 6901: follow the pointer through plain objects; undefined when a segment is missing. */
function resolve(doc: unknown, pointer: string): unknown {
  let at = doc;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (typeof at !== "object" || at === null || !Object.hasOwn(at, key)) return undefined;
    at = new Map(Object.entries(at)).get(key);
  }
  return at;
}

function assertLocated(doc: JourneyDocument, loc: Location) {
  assert.notEqual(resolve(doc, loc.pointer), undefined, loc.pointer);
  const tables = { stageId: doc.stages, stepId: doc.steps, laneId: doc.lanes, cellId: doc.cells, cardId: doc.cards, personaId: doc.personas, touchpointId: doc.touchpoints, emotionId: doc.emotions };
  for (const [field, table] of Object.entries(tables)) {
    const id = new Map(Object.entries(loc)).get(field);
    if (id !== undefined) assert.ok(Object.hasOwn(table, String(id)), `${field} ${String(id)} of ${loc.pointer}`);
  }
  if (loc.stepId && loc.stageId) assert.equal(doc.steps[loc.stepId]!.stageId, loc.stageId);
}

test("on a large map every finding's pointer and ids lead to records that exist", () => {
  const doc = buildLargeMap();
  for (const variant of ["asIs", "toBe"] as const) {
    const analysis = analyzeMap(doc, { variant });
    const found = locations(analysis);
    // The large map has findings of every section, so this checks each kind of location.
    assert.ok(analysis.moments.curves.length === 5 && analysis.painPoints.length > 0 && analysis.gaps.length > 0);
    assert.ok(analysis.inconsistencies.length > 0 && analysis.opportunities.length > 0 && analysis.moments.flagged.length > 0);
    assert.ok(found.length > 100);
    for (const loc of found) assertLocated(doc, loc);
    assert.equal(mapAnalysisSchema.safeParse(analysis).success, true);
  }
});
