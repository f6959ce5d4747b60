import { expect, test } from "vitest";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { yDocToDocument } from "@kaart/collab";
import { orderedLanes, orderedStages, orderedSteps } from "@kaart/core";
import { renderEditor, templateDocument } from "../testing/render-editor";

function chooseFromMenu(menuButton: string, item: string) {
  fireEvent.click(screen.getByRole("button", { name: menuButton }));
  act(() => {
    fireEvent.click(screen.getByRole("menuitem", { name: item }));
  });
}

function fillDialog(label: string, value: string) {
  const dialog = screen.getByRole("dialog");
  fireEvent.change(within(dialog).getByRole("textbox", { name: label }), { target: { value } });
  fireEvent.submit(dialog.querySelector("form")!);
}

test("a step is flagged as a moment that matters with why, and the flag can be taken off", () => {
  const doc = templateDocument();
  const { session } = renderEditor(doc);
  const step = orderedSteps(doc).find((s) => !s.momentThatMatters)!;
  chooseFromMenu(`Actions for step ${step.name}`, "Flag as moment that matters");
  fillDialog("Why does this moment matter?", "Most people leave here");
  expect(yDocToDocument(session.ydoc).steps[step.id]?.momentThatMatters?.why).toBe("Most people leave here");
  chooseFromMenu(`Actions for step ${step.name}`, "Remove moment that matters");
  expect(yDocToDocument(session.ydoc).steps[step.id]?.momentThatMatters).toBeUndefined();
});

test("stages and lanes are renamed and removed from their header menus", () => {
  const doc = templateDocument();
  const { session } = renderEditor(doc);
  const stage = orderedStages(doc)[0]!;
  chooseFromMenu(`Actions for stage ${stage.name}`, "Rename stage");
  fillDialog("Name", "Discovery");
  expect(yDocToDocument(session.ydoc).stages[stage.id]?.name).toBe("Discovery");
  const lane = orderedLanes(doc).at(-1)!;
  chooseFromMenu(`Actions for lane ${lane.name}`, "Delete lane");
  expect(yDocToDocument(session.ydoc).lanes[lane.id]).toBeUndefined();
});

test("a stage without steps keeps a column of its own, where a step can be added", () => {
  const doc = templateDocument();
  renderEditor(doc);
  fireEvent.click(screen.getByRole("button", { name: "Add stage" }));
  expect(screen.getAllByRole("columnheader").some((h) => h.textContent === "0 steps")).toBe(true);
  chooseFromMenu("Actions for stage New stage", "Add step");
  fillDialog("Name", "Unbox");
  expect(screen.getAllByRole("columnheader").some((h) => h.textContent?.includes("Unbox"))).toBe(true);
});
