import { expect, test } from "vitest";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { applyPatchToYDoc, ORIGINS, yDocToDocument } from "@kaart/collab";
import { addStage, cellIdFor, orderedLanes, orderedSteps, plainText, translationIdFor } from "@kaart/core";
import { setContentLocale } from "../../translations/content-locale";
import { renderEditor, templateDocument } from "../testing/render-editor";

test("Add stage puts a stage into the Y.Doc and Undo takes it out again", () => {
  const { session } = renderEditor();
  const before = Object.keys(yDocToDocument(session.ydoc).stages).length;
  fireEvent.click(screen.getByRole("button", { name: "Add stage" }));
  expect(Object.keys(yDocToDocument(session.ydoc).stages)).toHaveLength(before + 1);
  expect(screen.getAllByRole("columnheader").some((h) => h.textContent?.includes("New stage"))).toBe(true);
  fireEvent.click(screen.getByRole("button", { name: "Undo" }));
  expect(Object.keys(yDocToDocument(session.ydoc).stages)).toHaveLength(before);
});

test("undo takes back this page's edit and leaves a collaborator's alone", () => {
  const { session } = renderEditor();
  const start = yDocToDocument(session.ydoc);
  fireEvent.click(screen.getByRole("button", { name: "Add lane" }));
  fireEvent.submit(screen.getByRole("dialog").querySelector("form")!);
  expect(Object.keys(yDocToDocument(session.ydoc).lanes)).toHaveLength(Object.keys(start.lanes).length + 1);
  // A collaborator's edit arrives with another origin while ours is on the undo stack.
  const remote = addStage(yDocToDocument(session.ydoc), { name: "From a colleague" }, { now: "2026-01-02T00:00:00.000Z" });
  if (!remote.ok) throw new Error(remote.error.message);
  act(() => applyPatchToYDoc(session.ydoc, remote.patch, ORIGINS.remote));
  fireEvent.click(screen.getByRole("button", { name: "Undo" }));
  const after = yDocToDocument(session.ydoc);
  expect(Object.keys(after.lanes)).toHaveLength(Object.keys(start.lanes).length);
  expect(Object.values(after.stages).map((s) => s.name)).toContain("From a colleague");
});

test("Enter edits a text cell in place, typing is stored, Escape leaves the editor", () => {
  const doc = templateDocument();
  const { session } = renderEditor(doc);
  const lane = orderedLanes(doc).find((l) => l.type === "actions")!;
  const step = orderedSteps(doc)[0]!;
  const cell = document.querySelector<HTMLElement>(`[data-cell="${lane.id}|${step.id}"]`)!;
  act(() => cell.focus());
  fireEvent.keyDown(cell, { key: "Enter" });
  const editor = screen.getByRole("textbox", { name: `Edit ${lane.name} at ${step.name}` });
  fireEvent.change(editor, { target: { value: "Opens the cart" } });
  const stored = yDocToDocument(session.ydoc).cells[cellIdFor(lane.id, step.id)];
  expect(stored?.content.kind === "text" && plainText(stored.content.text)).toBe("Opens the cart");
  fireEvent.keyDown(editor, { key: "Escape" });
  expect(screen.queryByRole("textbox", { name: `Edit ${lane.name} at ${step.name}` })).toBeNull();
  expect(document.activeElement).toBe(cell);
});

test("typing on a focused text cell opens its editor and keeps the key", () => {
  const doc = templateDocument();
  const { session } = renderEditor(doc);
  const lane = orderedLanes(doc).find((l) => l.type === "thoughts")!;
  const step = orderedSteps(doc)[2]!;
  const before = doc.cells[cellIdFor(lane.id, step.id)];
  const text = before?.content.kind === "text" ? plainText(before.content.text) : "";
  const cell = document.querySelector<HTMLElement>(`[data-cell="${lane.id}|${step.id}"]`)!;
  act(() => cell.focus());
  fireEvent.keyDown(cell, { key: "!" });
  const stored = yDocToDocument(session.ydoc).cells[cellIdFor(lane.id, step.id)];
  expect(stored?.content.kind === "text" && plainText(stored.content.text)).toBe(`${text}!`);
  expect(document.activeElement?.tagName).toBe("TEXTAREA");
});

test("arrow keys move between cells, and follow the map's direction in a Persian map", () => {
  const doc = templateDocument("fa");
  renderEditor(doc);
  const grid = screen.getByRole("grid");
  // The map's cells: the flows row above them is a row of the grid too, with one wide cell.
  const cells = within(grid).getAllByRole("gridcell").filter((c) => c.hasAttribute("data-cell"));
  const first = cells[0]!;
  act(() => first.focus());
  fireEvent.keyDown(first, { key: "ArrowLeft" });
  // Right to left: ArrowLeft goes to the next step, which is the second cell of the row.
  expect(document.activeElement).toBe(cells[1]);
  fireEvent.keyDown(cells[1]!, { key: "ArrowRight" });
  expect(document.activeElement).toBe(first);
  expect(grid.closest("[dir]")?.getAttribute("dir")).toBe("rtl");
});

test("typing a score sets the step's emotion for the chosen persona", () => {
  const doc = templateDocument();
  const { session } = renderEditor(doc);
  const step = orderedSteps(doc)[1]!;
  const field = screen.getByRole("textbox", { name: `Emotion at ${step.name}` });
  fireEvent.change(field, { target: { value: "-1.5" } });
  fireEvent.blur(field);
  const scores = Object.values(yDocToDocument(session.ydoc).emotions).filter((e) => e.stepId === step.id).map((e) => e.score);
  expect(scores).toContain(-1.5);
});

test("shown in a translation, the grid reads the translated texts and typing edits the translation, not the source", () => {
  const doc = templateDocument();
  const lane = orderedLanes(doc).find((l) => l.type === "actions")!;
  const step = orderedSteps(doc)[0]!;
  const other = doc.map.locales.find((l) => l !== doc.map.sourceLocale)!;
  const stepName = (doc.translations[translationIdFor(other, step.id, "name")]?.value as string | undefined) ?? "";
  expect(stepName, "the template carries a translation of the first step's name").not.toBe("");
  const { session } = renderEditor(doc);
  act(() => setContentLocale(doc.map.id, other));
  expect(screen.getAllByRole("columnheader").some((h) => h.textContent?.includes(stepName))).toBe(true);
  const cell = document.querySelector<HTMLElement>(`[data-cell="${lane.id}|${step.id}"]`)!;
  act(() => cell.focus());
  fireEvent.keyDown(cell, { key: "Enter" });
  fireEvent.change(within(cell).getByRole("textbox"), { target: { value: "Tulkots teksts" } });
  const after = yDocToDocument(session.ydoc);
  const cellId = cellIdFor(lane.id, step.id);
  const source = after.cells[cellId];
  expect(source?.content.kind === "text" && plainText(source.content.text)).toBe(plainText(doc.cells[cellId]?.content.kind === "text" ? doc.cells[cellId].content.text : []));
  expect(after.translations[translationIdFor(other, cellId, "content.text")]?.value).toEqual([{ text: "Tulkots teksts" }]);
  act(() => setContentLocale(doc.map.id, doc.map.sourceLocale));
});
