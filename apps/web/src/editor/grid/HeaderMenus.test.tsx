import { expect, test } from "vitest";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import * as Y from "yjs";
import { documentToYDoc, yDocToDocument } from "@kaart/collab";
import { orderedLanes, orderedStages, orderedSteps, stepsOfStage } from "@kaart/core";
import { renderEditor, templateDocument } from "../testing/render-editor";
import { createI18n } from "../../i18n/i18n";
import { createMapSession } from "../session/map-session";
import { EditorProvider } from "../session/EditorContext";
import { EditorView } from "../EditorView";

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

const announced = () => document.querySelector("[aria-live=polite][data-reorder-announcements]")?.textContent;
const stageIds = (session: ReturnType<typeof renderEditor>["session"]) => orderedStages(yDocToDocument(session.ydoc)).map((s) => s.id);
const shortcut = (el: HTMLElement, key: string) => act(() => void fireEvent.keyDown(el, { key, ctrlKey: true, shiftKey: true }));

test("a stage moves later from its menu, where Move earlier is disabled on the first; focus stays on it and the move is announced", () => {
  const doc = templateDocument();
  const { session } = renderEditor(doc);
  const [first, second, third] = orderedStages(doc);
  fireEvent.click(screen.getByRole("button", { name: `Actions for stage ${first!.name}` }));
  expect(screen.getByRole("menuitem", { name: "Move earlier" }).getAttribute("aria-disabled")).toBe("true");
  act(() => void fireEvent.click(screen.getByRole("menuitem", { name: "Move later" })));
  expect(stageIds(session)).toEqual([second!.id, first!.id, third!.id]);
  expect(announced()).toBe(`Stage “${first!.name}” moved to position 2 of 3`);
  expect(document.activeElement).toBe(screen.getByRole("button", { name: `Actions for stage ${first!.name}` }));
});

test("Ctrl+Shift+Arrow on a stage's menu button moves the stage; the button names the shortcut", () => {
  const doc = templateDocument();
  const { session } = renderEditor(doc);
  const [first, second, third] = orderedStages(doc);
  const button = screen.getByRole("button", { name: `Actions for stage ${third!.name}` });
  expect(button.getAttribute("aria-keyshortcuts")).toBe("Control+Shift+ArrowLeft Control+Shift+ArrowRight");
  shortcut(button, "ArrowLeft");
  expect(stageIds(session)).toEqual([first!.id, third!.id, second!.id]);
  expect(announced()).toBe(`Stage “${third!.name}” moved to position 2 of 3`);
  shortcut(button, "ArrowLeft");
  shortcut(button, "ArrowLeft");
  expect(stageIds(session)).toEqual([third!.id, first!.id, second!.id]);
  expect(document.activeElement).toBe(button);
});

test("in a right-to-left map ArrowLeft moves a stage later, as the grid is mirrored", () => {
  const doc = templateDocument("fa");
  const { session } = renderEditor(doc);
  const [first, second, third] = orderedStages(doc);
  shortcut(screen.getByRole("button", { name: `Actions for stage ${first!.name}` }), "ArrowLeft");
  expect(stageIds(session)).toEqual([second!.id, first!.id, third!.id]);
});

test("a step at its stage's edge moves into the neighbouring stage and back, announced with the stage", () => {
  const doc = templateDocument();
  const { session } = renderEditor(doc);
  const [cart, checkout] = orderedStages(doc);
  const step = stepsOfStage(doc, cart!.id)[0]!;
  fireEvent.click(screen.getByRole("button", { name: `Actions for step ${step.name}` }));
  act(() => void fireEvent.click(screen.getByRole("menuitem", { name: "Move to next stage" })));
  const moved = yDocToDocument(session.ydoc);
  expect(stepsOfStage(moved, checkout!.id)[0]?.id).toBe(step.id);
  expect(announced()).toBe(`Step “${step.name}” moved to stage “${checkout!.name}”, position 1 of 4`);
  const button = screen.getByRole("button", { name: `Actions for step ${step.name}` });
  expect(document.activeElement).toBe(button);
  shortcut(button, "ArrowRight");
  expect(stepsOfStage(yDocToDocument(session.ydoc), checkout!.id)[1]?.id).toBe(step.id);
  shortcut(button, "ArrowLeft");
  shortcut(button, "ArrowLeft");
  expect(yDocToDocument(session.ydoc).steps[step.id]?.stageId).toBe(cart!.id);
});

test("lanes move up and down from the menu and with Ctrl+Shift+ArrowUp/Down; Move down is disabled on the last lane", () => {
  const doc = templateDocument();
  const { session } = renderEditor(doc);
  const lanes = orderedLanes(doc);
  const last = lanes.at(-1)!;
  fireEvent.click(screen.getByRole("button", { name: `Actions for lane ${last.name}` }));
  expect(screen.getByRole("menuitem", { name: "Move down" }).getAttribute("aria-disabled")).toBe("true");
  act(() => void fireEvent.click(screen.getByRole("menuitem", { name: "Move up" })));
  expect(orderedLanes(yDocToDocument(session.ydoc)).at(-2)?.id).toBe(last.id);
  expect(announced()).toBe(`Lane “${last.name}” moved to position ${lanes.length - 1} of ${lanes.length}`);
  const firstButton = screen.getByRole("button", { name: `Actions for lane ${lanes[0]!.name}` });
  expect(firstButton.getAttribute("aria-keyshortcuts")).toBe("Control+Shift+ArrowUp Control+Shift+ArrowDown");
  shortcut(firstButton, "ArrowDown");
  expect(orderedLanes(yDocToDocument(session.ydoc))[1]?.id).toBe(lanes[0]!.id);
  shortcut(firstButton, "ArrowRight");
  expect(orderedLanes(yDocToDocument(session.ydoc))[1]?.id).toBe(lanes[0]!.id);
});

test("a move is one undo step", () => {
  const doc = templateDocument();
  const { session } = renderEditor(doc);
  const before = stageIds(session);
  shortcut(screen.getByRole("button", { name: `Actions for stage ${orderedStages(doc)[0]!.name}` }), "ArrowRight");
  expect(stageIds(session)).not.toEqual(before);
  fireEvent.click(screen.getByRole("button", { name: "Undo" }));
  expect(stageIds(session)).toEqual(before);
});

test("a read-only map offers no moves: no header menus, nothing draggable, no move buttons on a card", () => {
  const ydoc = new Y.Doc();
  documentToYDoc(templateDocument(), ydoc);
  render(
    <I18nextProvider i18n={createI18n("en")}>
      <EditorProvider session={createMapSession(ydoc, "local")} readOnly>
        <EditorView />
      </EditorProvider>
    </I18nextProvider>,
  );
  expect(screen.queryAllByRole("button", { name: /^Actions for / })).toEqual([]);
  expect(screen.getAllByRole("columnheader").length).toBeGreaterThan(3);
  expect(document.querySelectorAll("[draggable=true]")).toHaveLength(0);
  fireEvent.click(screen.getAllByRole("button", { name: /^Edit card / })[0]!);
  expect(within(screen.getByRole("dialog")).queryByRole("group", { name: "Move card" })).toBeNull();
});
