import { expect, test } from "vitest";
import { orderedLanes, orderedStages, stepsOfStage } from "@kaart/core";
import { templateDocument } from "../testing/render-editor";
import { headerDropPlan } from "./header-drop-plan";

const doc = templateDocument();
const [cart, checkout, delivery] = orderedStages(doc);

test("a stage or lane dropped on another header's half goes before or after it", () => {
  expect(headerDropPlan(doc, { kind: "stage", id: delivery!.id }, cart!.id, "after")).toEqual({ kind: "stage", args: { stageId: cart!.id, position: { after: delivery!.id } } });
  const [a, b] = orderedLanes(doc);
  expect(headerDropPlan(doc, { kind: "lane", id: a!.id }, b!.id, "before")).toEqual({ kind: "lane", args: { laneId: b!.id, position: { before: a!.id } } });
});

test("a step dropped on a step header joins that step's stage beside it; on a stage header, the end of the stage", () => {
  const moving = stepsOfStage(doc, cart!.id)[0]!;
  const target = stepsOfStage(doc, delivery!.id)[1]!;
  expect(headerDropPlan(doc, { kind: "step", id: target.id }, moving.id, "before")).toEqual({ kind: "step", args: { stepId: moving.id, stageId: delivery!.id, position: { before: target.id } } });
  expect(headerDropPlan(doc, { kind: "stage", id: checkout!.id }, moving.id, "inside")).toEqual({ kind: "step", args: { stepId: moving.id, stageId: checkout!.id } });
  expect(headerDropPlan(doc, { kind: "stage", id: cart!.id }, moving.id, "inside")).toBeUndefined();
});

test("nothing happens for a drop on itself or of an id this map does not have", () => {
  expect(headerDropPlan(doc, { kind: "stage", id: cart!.id }, cart!.id, "after")).toBeUndefined();
  expect(headerDropPlan(doc, { kind: "stage", id: cart!.id }, "stage:from-another-map", "after")).toBeUndefined();
  expect(headerDropPlan(doc, { kind: "lane", id: orderedLanes(doc)[0]!.id }, cart!.id, "after")).toBeUndefined();
  expect(headerDropPlan(doc, { kind: "stage", id: cart!.id }, undefined, "before")).toBeUndefined();
});
