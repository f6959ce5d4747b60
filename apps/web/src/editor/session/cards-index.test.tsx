import { expect, test } from "vitest";
import { addCard, applyPatch, cardsAt, orderedLanes, orderedSteps, orderedStages } from "@kaart/core";
import { templateDocument } from "../testing/render-editor";
import { indexedCardsAt } from "./cards-index";

test("the index gives every cell the cards core's cardsAt gives, in order, and follows a new cards table", () => {
  let doc = templateDocument();
  const at = [...orderedSteps(doc).map((s) => s.id), ...orderedStages(doc).map((s) => s.id)];
  const lanes = orderedLanes(doc);
  const check = () => {
    let seen = 0;
    for (const lane of lanes)
      for (const id of at) {
        expect(indexedCardsAt(doc, lane.id, id)).toEqual(cardsAt(doc, lane.id, id));
        seen += cardsAt(doc, lane.id, id).length;
      }
    expect(seen).toBe(Object.keys(doc.cards).length);
  };
  check();
  const lane = lanes.find((l) => l.type === "painPoints")!;
  const step = orderedSteps(doc)[2]!;
  const before = indexedCardsAt(doc, lane.id, step.id);
  const first = before[0];
  const r = addCard(doc, { laneId: lane.id, at: step.id, kind: "painPoint", title: "First in line", ...(first ? { position: { before: first.id } } : {}) }, { now: "2026-01-02T00:00:00.000Z" });
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  doc = applyPatch(doc, r.patch);
  check();
  expect(indexedCardsAt(doc, lane.id, step.id).map((c) => c.title)).toEqual(["First in line", ...before.map((c) => c.title)]);
});
