import { expect, test } from "vitest";
import { orderedLanes, orderedStages, stepsOfStage } from "@kaart/core";
import { templateDocument } from "../testing/render-editor";
import { cardShiftAcrossSteps, cardShiftInCell, laneShift, stageShift, stepShift } from "./neighbour-moves";
import { dropSide, positionBeside } from "./drop-side";
import { shortcutShift } from "./reorder-shortcut";

const doc = templateDocument();
const [cart, checkout, delivery] = orderedStages(doc);

test("a stage goes after its next sibling or before its previous one, and nowhere past the ends", () => {
  expect(stageShift(doc, cart!.id, 1)).toEqual({ stageId: cart!.id, position: { after: checkout!.id } });
  expect(stageShift(doc, delivery!.id, -1)).toEqual({ stageId: delivery!.id, position: { before: checkout!.id } });
  expect(stageShift(doc, cart!.id, -1)).toBeUndefined();
  expect(stageShift(doc, delivery!.id, 1)).toBeUndefined();
  const lanes = orderedLanes(doc);
  expect(laneShift(doc, lanes.at(-1)!.id, 1)).toBeUndefined();
  expect(laneShift(doc, lanes[0]!.id, 1)).toEqual({ laneId: lanes[0]!.id, position: { after: lanes[1]!.id } });
});

test("a step at its stage's edge crosses into the neighbouring stage: at its start going later, at its end going earlier", () => {
  const [first, second] = stepsOfStage(doc, checkout!.id);
  const last = stepsOfStage(doc, checkout!.id).at(-1)!;
  expect(stepShift(doc, first!.id, 1)).toEqual({ stepId: first!.id, position: { after: second!.id } });
  expect(stepShift(doc, first!.id, -1)).toEqual({ stepId: first!.id, stageId: cart!.id });
  expect(stepShift(doc, last.id, 1)).toEqual({ stepId: last.id, stageId: delivery!.id, position: { before: stepsOfStage(doc, delivery!.id)[0]!.id } });
  expect(stepShift(doc, stepsOfStage(doc, cart!.id)[0]!.id, -1)).toBeUndefined();
});

test("a card moves within its cell only when it has a neighbour there, and across to the same lane's next step", () => {
  const card = Object.values(doc.cards).find((c) => c.title === "Guest checkout is hidden below the fold")!;
  expect(cardShiftInCell(doc, card, -1)).toBeUndefined();
  expect(cardShiftAcrossSteps(doc, card, 1)).toMatchObject({ cardId: card.id });
  expect(cardShiftAcrossSteps(doc, card, 1)?.at).not.toBe(card.stepId);
});

test("drop sides follow reading order, mirrored right to left", () => {
  expect(dropSide(10, 100, false)).toBe("before");
  expect(dropSide(60, 100, false)).toBe("after");
  expect(dropSide(10, 100, true)).toBe("after");
  expect(positionBeside("after", "stage:a")).toEqual({ after: "stage:a" });
});

test("only Ctrl+Shift+Arrow is the shortcut; along a row it follows the direction of the map", () => {
  const keys = (key: string, mods: Partial<{ ctrlKey: boolean; shiftKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({ key, ctrlKey: true, shiftKey: true, altKey: false, metaKey: false, ...mods });
  expect(shortcutShift(keys("ArrowRight"), "row", "ltr")).toBe(1);
  expect(shortcutShift(keys("ArrowRight"), "row", "rtl")).toBe(-1);
  expect(shortcutShift(keys("ArrowDown"), "column", "rtl")).toBe(1);
  expect(shortcutShift(keys("ArrowDown"), "row", "ltr")).toBeUndefined();
  expect(shortcutShift(keys("ArrowRight", { shiftKey: false }), "row", "ltr")).toBeUndefined();
  expect(shortcutShift(keys("ArrowRight", { altKey: true }), "row", "ltr")).toBeUndefined();
});
