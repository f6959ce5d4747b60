import { afterEach, beforeEach, expect, test } from "vitest";
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { yDocToDocument } from "@kaart/collab";
import { renderEditor, templateDocument } from "../testing/render-editor";

const doc = templateDocument();
const key = `kaart.zoom.${doc.map.id}`;
const scroller = () => document.querySelector<HTMLElement>(".grid-scroller")!;
const level = () => screen.getByRole("status", { name: "Zoom level" }).textContent;

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

test("zoom out and in step the grid's zoom, show it in per cent and keep it per map in this browser, not in the map", () => {
  const { session } = renderEditor(doc);
  const before = JSON.stringify(yDocToDocument(session.ydoc));
  expect(level()).toBe("100%");
  expect(screen.getByRole("button", { name: "Reset zoom to 100%" }).hasAttribute("disabled")).toBe(true);
  fireEvent.click(screen.getByRole("button", { name: "Zoom out" }));
  fireEvent.click(screen.getByRole("button", { name: "Zoom out" }));
  expect(level()).toBe("80%");
  expect(scroller().style.getPropertyValue("--grid-zoom")).toBe("0.8");
  expect(window.localStorage.getItem(key)).toBe("0.8");
  fireEvent.click(screen.getByRole("button", { name: "Zoom in" }));
  expect(level()).toBe("90%");
  expect(JSON.stringify(yDocToDocument(session.ydoc))).toBe(before);

  // Opened again, the map comes back at its zoom.
  cleanup();
  renderEditor(doc);
  expect(level()).toBe("90%");
  fireEvent.click(screen.getByRole("button", { name: "Reset zoom to 100%" }));
  expect(level()).toBe("100%");
  expect(scroller().style.getPropertyValue("--grid-zoom")).toBe("1");
});

test("Ctrl or ⌘ with −, + and 0 zoom the grid while focus is in the editor, and the browser's default is prevented", () => {
  renderEditor(doc);
  const cell = document.querySelector<HTMLElement>("[data-cell]")!;
  act(() => cell.focus());
  expect(fireEvent.keyDown(cell, { key: "-", ctrlKey: true })).toBe(false);
  expect(level()).toBe("90%");
  fireEvent.keyDown(cell, { key: "-", metaKey: true });
  expect(level()).toBe("80%");
  fireEvent.keyDown(cell, { key: "=", ctrlKey: true });
  expect(level()).toBe("90%");
  fireEvent.keyDown(cell, { key: "0", ctrlKey: true });
  expect(level()).toBe("100%");
  // Without the modifier the keys are the cell's own.
  fireEvent.keyDown(cell, { key: "-" });
  expect(level()).toBe("100%");
  // Outside the editor the page's zoom is the browser's.
  expect(fireEvent.keyDown(document.body, { key: "-", ctrlKey: true })).toBe(true);
  expect(level()).toBe("100%");
});

test("Fit to screen zooms the grid so all its columns fit the scroller's width", () => {
  renderEditor(doc);
  const columns = Number(screen.getByRole("grid").getAttribute("aria-colcount")) - 1;
  scroller().style.setProperty("--lane-header-width", "168px");
  // Just under half the grid's natural width (lane headers included): 49 %.
  Object.defineProperty(scroller(), "clientWidth", { configurable: true, value: Math.ceil((168 + columns * 208) / 2) - 1 });
  fireEvent.click(screen.getByRole("button", { name: "Fit to screen" }));
  expect(level()).toBe("49%");
  expect(scroller().style.getPropertyValue("--grid-zoom")).toBe("0.49");
});

test("the table view has no zoom controls", () => {
  renderEditor(doc);
  fireEvent.click(screen.getByRole("radio", { name: "Table view" }));
  expect(screen.queryByRole("button", { name: "Zoom out" })).toBeNull();
});
