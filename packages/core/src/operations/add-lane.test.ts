import { test } from "node:test";
import assert from "node:assert/strict";
import { orderedLanes } from "../document/ordered-records";
import { addLane } from "./add-lane";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("adds a lane at the bottom or next to another, optionally for one persona", () => {
  const doc = exampleJourney();
  const r = addLane(doc, { type: "thoughts", name: "Thinks", personaId: "persona:ben", position: { after: "lane:does" } }, testContext());
  const after = applied(doc, r);
  assert.ok(r.ok);
  assert.deepEqual(orderedLanes(after).map((l) => l.name), ["Does", "Thinks", "Pain points", "Where"]);
  assert.equal(after.lanes[r.value]!.personaId, "persona:ben");
  const bottom = applied(after, addLane(after, { type: "backstage" }, testContext(2)));
  assert.equal(orderedLanes(bottom).at(-1)!.type, "backstage");
});

test("refuses an unknown persona, neighbour or lane type", () => {
  const doc = exampleJourney();
  const persona = addLane(doc, { type: "text", personaId: "persona:none" }, testContext());
  assert.ok(!persona.ok && persona.error.code === "not_found" && persona.patch.ops.length === 0);
  const near = addLane(doc, { type: "text", position: { before: "lane:none" } }, testContext());
  assert.ok(!near.ok && near.error.code === "not_found");
  const type = addLane(doc, { type: "feelings" } as never, testContext());
  assert.ok(!type.ok && type.error.code === "invalid_argument");
});
