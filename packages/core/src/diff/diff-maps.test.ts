import { test } from "node:test";
import assert from "node:assert/strict";
import { buildMap, text, touchpoints } from "../analysis/fixtures/map-builder";
import { buildLargeMap } from "../../bench/large-map";
import type { JourneyDocument } from "../document/journey-document";
import { EMOTION_SCALES } from "../records/emotion-scale";
import { diffMaps } from "./diff-maps";
import { mapDiffSchema } from "./map-diff";

const before = () =>
  buildMap({
    title: "Car purchase",
    stages: [{ id: "a", name: "Buy", steps: [{ id: "s1" }, { id: "s2" }] }, { id: "b", steps: [{ id: "s3" }] }, { id: "c" }],
    lanes: [{ id: "acts", type: "actions" }, { id: "old", type: "thoughts" }, { id: "pains", type: "painPoints" }, { id: "pains2", type: "painPoints" }, { id: "tp", type: "touchpoints" }],
    personas: [{ id: "anna", name: "Anna" }, { id: "ben", name: "Ben" }],
    touchpoints: [{ id: "web", owner: "Digital" }],
    cells: [{ lane: "acts", step: "s1", content: text("Browse") }, { lane: "old", step: "s1", content: text("Hmm") }, { lane: "tp", step: "s1", content: touchpoints("web") }],
    cards: [
      { id: "p1", lane: "pains", step: "s1", title: "Slow", severity: 3 },
      { id: "p2", lane: "pains", step: "s1", title: "Rude", severity: 2 },
      { id: "p3", lane: "pains", step: "s3", title: "Lost" },
    ],
    scores: [
      { step: "s1", persona: "anna", score: -1 },
      { step: "s1", persona: "ben", score: 0 },
      { step: "s3", persona: "anna", score: 1 },
    ],
  });

/** The edits below, one per kind of change; each assertion names the edit it checks. */
function after(): JourneyDocument {
  const b = structuredClone(before());
  b.map.title = "Car purchase 2";
  b.map.updatedAt = "2026-02-01T00:00:00.000Z";
  b.map.tags = ["q1"];
  b.stages["stage:a"]!.name = "Purchase";
  b.stages["stage:b"]!.description = "After the sale";
  b.stages["stage:b"]!.order = "a"; // "a" sorts before "a0000": b now comes first
  delete b.stages["stage:c"];
  b.stages["stage:d"] = { id: "stage:d", name: "Use", order: "a0009", kpis: [] };
  b.steps["step:s1"]!.name = "Visit";
  b.steps["step:s2"]!.stageId = "stage:b";
  b.steps["step:s2"]!.order = "a0001";
  b.steps["step:s4"] = { id: "step:s4", stageId: "stage:d", name: "s4", order: "a0000" };
  b.lanes["lane:acts"]!.name = "Does";
  delete b.lanes["lane:old"];
  delete b.cells["cell:old~s1"];
  b.cells["cell:acts~s1"]!.content = text("Browse online");
  b.cells["cell:acts~s2"] = { id: "cell:acts~s2", laneId: "lane:acts", stepId: "step:s2", content: text("Compare") };
  b.cards["card:p1"]!.title = "Very slow";
  b.cards["card:p1"]!.severity = 5;
  b.cards["card:p2"]!.laneId = "lane:pains2";
  delete b.cards["card:p3"];
  b.cards["card:o1"] = { id: "card:o1", laneId: "lane:pains2", stepId: "step:s4", order: "a0000", kind: "opportunity", title: "App", impact: 4, effort: 2 };
  b.personas["persona:anna"]!.name = "Anna K.";
  delete b.personas["persona:ben"];
  b.personas["persona:cleo"] = { ...b.personas["persona:anna"]!, id: "persona:cleo", name: "Cleo", occupation: "Nurse" };
  b.touchpoints["touchpoint:web"]!.ownerTeam = "E-commerce";
  b.emotions["emotion:s1~anna~asIs"]!.score = 1;
  delete b.emotions["emotion:s1~ben~asIs"];
  b.emotions["emotion:s2~_~toBe"] = { id: "emotion:s2~_~toBe", stepId: "step:s2", variant: "toBe", score: 2 };
  b.emotions["emotion:s3~anna~asIs"]!.note = "From interviews";
  return b;
}

const ids = (list: { id: string }[]) => list.map((r) => r.id);

test("map info changes leave out updatedAt", () => {
  const d = diffMaps(before(), after());
  assert.deepEqual(d.map, [{ field: "tags", before: [], after: ["q1"] }, { field: "title", before: "Car purchase", after: "Car purchase 2" }]);
});

test("stages: added, removed, renamed, moved and changed", () => {
  const s = diffMaps(before(), after()).stages;
  assert.deepEqual(ids(s.added), ["stage:d"]);
  assert.deepEqual(ids(s.removed), ["stage:c"]);
  assert.deepEqual(s.renamed.map((r) => [r.id, r.before, r.after]), [["stage:a", "Buy", "Purchase"]]);
  // Only b's key changed, and b now ranks before a: b moved, a did not (its rank among a, b changed only because b moved).
  assert.deepEqual(s.moved.map((r) => [r.id, r.from.index, r.to.index]), [["stage:b", 1, 0]]);
  assert.deepEqual(s.changed.map((r) => [r.id, r.fields]), [["stage:b", ["description"]]]);
});

test("steps: a step moved to another stage, renamed, added", () => {
  const s = diffMaps(before(), after()).steps;
  assert.deepEqual(ids(s.added), ["step:s4"]);
  assert.deepEqual(s.renamed.map((r) => [r.id, r.after]), [["step:s1", "Visit"]]);
  assert.deepEqual(s.moved.map((r) => [r.id, r.from, r.to]), [["step:s2", { stageId: "stage:a", index: 1 }, { stageId: "stage:b", index: 1 }]]);
  assert.deepEqual(s.changed, []);
});

test("lanes and cells: a removed lane takes its cells; edited and new cells", () => {
  const d = diffMaps(before(), after());
  assert.deepEqual(ids(d.lanes.removed), ["lane:old"]);
  assert.deepEqual(d.lanes.renamed.map((r) => [r.before, r.after]), [["acts", "Does"]]);
  assert.deepEqual(d.cells.added.map((r) => [r.id, r.name]), [["cell:acts~s2", "Does × s2"]]);
  assert.deepEqual(d.cells.removed.map((r) => [r.id, r.name]), [["cell:old~s1", "old × s1"]]);
  assert.deepEqual(d.cells.changed.map((r) => [r.id, r.fields]), [["cell:acts~s1", ["content"]]]);
  assert.equal(d.cells.changed[0]!.pointer, "/cells/cell:acts~0s1");
});

test("cards: retitled and rescored, moved to another lane, removed, added", () => {
  const c = diffMaps(before(), after()).cards;
  assert.deepEqual(c.renamed.map((r) => [r.id, r.before, r.after]), [["card:p1", "Slow", "Very slow"]]);
  assert.deepEqual(c.changed.map((r) => [r.id, r.fields]), [["card:p1", ["severity"]]]);
  assert.deepEqual(c.moved.map((r) => [r.id, r.from.laneId, r.to.laneId]), [["card:p2", "lane:pains", "lane:pains2"]]);
  assert.deepEqual(ids(c.removed), ["card:p3"]);
  assert.deepEqual(ids(c.added), ["card:o1"]);
});

test("personas and touchpoints", () => {
  const d = diffMaps(before(), after());
  assert.deepEqual(d.personas.renamed.map((r) => [r.id, r.after]), [["persona:anna", "Anna K."]]);
  assert.deepEqual(ids(d.personas.added), ["persona:cleo"]);
  assert.deepEqual(ids(d.personas.removed), ["persona:ben"]);
  assert.deepEqual(d.touchpoints.changed.map((r) => [r.id, r.fields]), [["touchpoint:web", ["ownerTeam"]]]);
});

test("emotion deltas per step, persona and variant, in column order", () => {
  const e = diffMaps(before(), after()).emotions;
  // Column order in the new map: stage b (s3, s2) before stage a (s1), then d (s4).
  assert.deepEqual(
    e.map((x) => [x.stepId, x.personaId, x.variant, x.before, x.after, x.delta, x.normalisedDelta, x.fields]),
    [
      ["step:s3", "persona:anna", "asIs", 1, 1, 0, 0, ["note"]],
      ["step:s2", null, "toBe", null, 2, null, null, []],
      ["step:s1", "persona:anna", "asIs", -1, 1, 2, 0.5, []],
      ["step:s1", "persona:ben", "asIs", 0, null, null, null, []],
    ],
  );
  assert.equal(e[3]!.personaName, "Ben");
});

test("normalised deltas compare across scales", () => {
  const a = buildMap({ stages: [{ id: "a", steps: [{ id: "s1" }] }], scores: [{ step: "s1", score: 0 }] });
  const b = structuredClone(a);
  b.map.emotionScale = EMOTION_SCALES.mermaid;
  b.emotions["emotion:s1~_~asIs"]!.score = 3; // 0 on −2..+2 and 3 on 1–5 are both the middle
  const [e] = diffMaps(a, b).emotions;
  assert.deepEqual([e!.delta, e!.normalisedDelta], [3, 0]);
});

test("a map compared with itself, or with its tables listed in another order, is identical", () => {
  const a = before();
  assert.equal(diffMaps(a, structuredClone(a)).identical, true);
  const shuffled = structuredClone(a);
  shuffled.cards = Object.fromEntries(Object.entries(a.cards).reverse());
  assert.equal(diffMaps(a, shuffled).identical, true);
  assert.equal(diffMaps(a, after()).identical, false);
});

test("rewriting order keys without reordering is not a move", () => {
  const a = before();
  const b = structuredClone(a);
  b.stages["stage:a"]!.order = "b1";
  b.stages["stage:b"]!.order = "b2";
  b.stages["stage:c"]!.order = "b3";
  const d = diffMaps(a, b);
  assert.deepEqual([d.stages.moved, d.stages.changed, d.identical], [[], [], true]);
});

test("the diff is plain JSON that the exported schema accepts unchanged", () => {
  const d = diffMaps(before(), after());
  assert.equal(d.identical, false);
  const json = JSON.parse(JSON.stringify(d));
  assert.deepEqual(json, d);
  assert.deepEqual(mapDiffSchema.parse(json), d);
});

test("cards: reordered within a cell, and moved from a stage to one of its steps", () => {
  const a = buildMap({
    stages: [{ id: "a", steps: [{ id: "s1" }] }],
    lanes: [{ id: "pains", type: "painPoints" }],
    cards: [
      { id: "x", lane: "pains", step: "s1" },
      { id: "y", lane: "pains", step: "s1" },
      { id: "z", lane: "pains", step: "s1" },
      { id: "w", lane: "pains", stage: "a" },
    ],
  });
  const b = structuredClone(a);
  b.cards["card:z"]!.order = "a"; // z to the front of its cell: x, y keep their relative order
  delete b.cards["card:w"]!.stageId;
  b.cards["card:w"]!.stepId = "step:s1";
  const moved = diffMaps(a, b).cards.moved;
  assert.deepEqual(moved.map((m) => [m.id, m.from, m.to]), [
    ["card:z", { laneId: "lane:pains", stepId: "step:s1", index: 2 }, { laneId: "lane:pains", stepId: "step:s1", index: 0 }],
    ["card:w", { laneId: "lane:pains", stageId: "stage:a", index: 0 }, { laneId: "lane:pains", stepId: "step:s1", index: 3 }],
  ]);
});

test("two empty maps are identical", () => {
  assert.equal(diffMaps(buildMap({}), buildMap({})).identical, true);
});

test("flow edges: added, removed and changed, named by their steps", () => {
  const a = before();
  a.flows["flow:back"] = { id: "flow:back", from: "step:s3", to: "step:s1", kind: "loop", label: "Compare again" };
  a.flows["flow:gone"] = { id: "flow:gone", from: "step:s1", to: "step:s3", kind: "branch" };
  const b = structuredClone(a);
  b.flows["flow:back"]!.share = 0.3;
  delete b.flows["flow:gone"];
  b.flows["flow:new"] = { id: "flow:new", from: "step:s2", to: "step:s1", kind: "reentry" };
  const f = diffMaps(a, b).flows;
  assert.deepEqual(f.added.map((r) => [r.id, r.name]), [["flow:new", "s2 → s1"]]);
  assert.deepEqual(f.removed.map((r) => r.id), ["flow:gone"]);
  assert.deepEqual(f.changed.map((r) => [r.name, r.fields]), [["s3 → s1 (Compare again)", ["share"]]]);
});

test("on a large map, one edit is reported once and nothing else", () => {
  const a = buildLargeMap();
  assert.equal(diffMaps(a, structuredClone(a)).identical, true);
  const b = structuredClone(a);
  delete b.cards["card:c7"];
  b.emotions["emotion:sp3~p1~toBe"]!.score += 1;
  const d = diffMaps(a, b);
  const counts = Object.fromEntries(
    (["stages", "steps", "lanes", "cells", "cards", "personas", "touchpoints", "flows"] as const).map((t) => [t, d[t].added.length + d[t].removed.length + d[t].renamed.length + d[t].moved.length + d[t].changed.length]),
  );
  assert.deepEqual(counts, { stages: 0, steps: 0, lanes: 0, cells: 0, cards: 1, personas: 0, touchpoints: 0, flows: 0 });
  assert.deepEqual(d.emotions.map((e) => [e.id, e.delta]), [["emotion:sp3~p1~toBe", 1]]);
});
