import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyDocument } from "./journey-document";
import { validateDocument } from "./validate-document";
import { migrateDocument } from "./migrate-document";
import { cellIdFor } from "../records/cell";

const base = () => emptyDocument({ mapId: "map:test", title: "Test", now: "2026-01-01T00:00:00.000Z" });

test("an empty document validates and keeps its title", () => {
  const r = validateDocument(JSON.parse(JSON.stringify(base())));
  assert.equal(r.ok, true);
  if (r.ok) assert.equal(r.document.map.title, "Test");
});

test("something that is not a journey is refused with not_a_journey", () => {
  for (const input of [null, 42, "x", [], { format: "other" }]) {
    const r = validateDocument(input);
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.issues[0]!.code, "not_a_journey");
  }
});

test("a newer schema version is refused rather than misread", () => {
  const r = validateDocument({ ...base(), schemaVersion: 999 });
  assert.ok(!r.ok && r.issues[0]!.code === "unsupported_version", "newer version refused");
});

test("wrong types are reported with JSON pointers", () => {
  const doc = base() as unknown as Record<string, unknown>;
  doc.stages = { "stage:a": { id: "stage:a", name: 5, order: "a0" } };
  const r = validateDocument(doc);
  assert.ok(!r.ok, "wrong type refused");
  if (!r.ok) assert.deepEqual(r.issues.map((i) => i.pointer), ["/stages/stage:a/name"]);
});

test("dangling references and mismatched derived ids are found", () => {
  const doc = base();
  doc.steps["step:s"] = { id: "step:s", stageId: "stage:missing", name: "S", order: "a0" };
  doc.lanes["lane:l"] = { id: "lane:l", type: "actions", name: "Does", order: "a0" };
  doc.cells["cell:wrong"] = { id: "cell:wrong", laneId: "lane:l", stepId: "step:s", content: { kind: "text", text: [] } };
  const r = validateDocument(doc);
  assert.ok(!r.ok, "dangling references refused");
  if (!r.ok) {
    const codes = r.issues.map((i) => `${i.code} ${i.pointer}`);
    assert.ok(codes.includes("dangling_reference /steps/step:s/stageId"), codes.join("; "));
    assert.ok(codes.includes("derived_id_mismatch /cells/cell:wrong/id"), codes.join("; "));
    assert.equal(cellIdFor("lane:l", "step:s"), "cell:l~s");
  }
});

test("unknown fields are rejected (strict records)", () => {
  const doc = base() as unknown as { map: Record<string, unknown> };
  doc.map.colour = "red";
  assert.equal(validateDocument(doc).ok, false);
});

test("HTML in text is kept as text, script links are refused", () => {
  const doc = base();
  doc.map.title = "<script>alert(1)</script>";
  assert.equal(validateDocument(doc).ok, true);
  doc.lanes["lane:l"] = { id: "lane:l", type: "text", name: "L", order: "a0" };
  doc.stages["stage:a"] = { id: "stage:a", name: "A", order: "a0", kpis: [] };
  doc.cells[cellIdFor("lane:l", "stage:a")] = {
    id: cellIdFor("lane:l", "stage:a"), laneId: "lane:l", stageId: "stage:a",
    content: { kind: "text", text: [{ text: "x", href: "javascript:alert(1)" }] },
  };
  const r = validateDocument(doc);
  assert.ok(!r.ok && r.issues.some((i) => i.pointer.endsWith("/href")), "javascript: links refused");
});

test("migrations run in order from the stored version", () => {
  const old = { format: "kaart.journey", schemaVersion: 1, map: { title: "a" }, stages: { "stage:x": { id: "stage:x" } } };
  const migrated = migrateDocument(old, 3, {
    map: [{ toVersion: 2, description: "title+", up: (r) => ({ ...r, title: `${String(r.title)}2` }) }, { toVersion: 3, description: "title+", up: (r) => ({ ...r, title: `${String(r.title)}3` }) }],
    tables: { stages: [{ toVersion: 3, description: "name", up: (r) => ({ ...r, name: "n" }) }] },
  }) as { schemaVersion: number; map: { title: string }; stages: Record<string, { name: string }> };
  assert.equal(migrated.schemaVersion, 3);
  assert.equal(migrated.map.title, "a23");
  assert.equal(migrated.stages["stage:x"]!.name, "n");
});
