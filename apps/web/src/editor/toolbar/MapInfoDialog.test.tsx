import { expect, test } from "vitest";
import { fireEvent, screen, within } from "@testing-library/react";
import { yDocToDocument } from "@kaart/collab";
import { renderEditor, templateDocument } from "../testing/render-editor";
import { parseTags } from "./MapInfoDialog";

test("the title, description and tags change from the map's dialog, and one undo takes them back", () => {
  const doc = templateDocument();
  const { session } = renderEditor(doc);
  fireEvent.click(screen.getByRole("button", { name: "Edit title and details" }));
  const dialog = screen.getByRole("dialog", { name: "Map title and details" });
  expect(within(dialog).getByRole<HTMLInputElement>("textbox", { name: "Map title" }).value).toBe(doc.map.title);
  fireEvent.change(within(dialog).getByRole("textbox", { name: "Map title" }), { target: { value: "  Checkout for returning customers " } });
  fireEvent.change(within(dialog).getByRole("textbox", { name: "Description" }), { target: { value: "Signed-in customers paying by card." } });
  fireEvent.change(within(dialog).getByRole("textbox", { name: "Tags" }), { target: { value: "retail, checkout, , retail" } });
  fireEvent.submit(dialog.querySelector("form")!);

  const map = yDocToDocument(session.ydoc).map;
  expect(map).toMatchObject({ title: "Checkout for returning customers", description: "Signed-in customers paying by card.", tags: ["retail", "checkout"] });
  expect(screen.getByRole("heading", { level: 1, name: "Checkout for returning customers" })).toBeTruthy();
  expect(screen.getByText("Signed-in customers paying by card.")).toBeTruthy();
  expect(within(screen.getByRole("list", { name: "Tags" })).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["retail", "checkout"]);

  fireEvent.click(screen.getByRole("button", { name: "Undo" }));
  expect(yDocToDocument(session.ydoc).map).toMatchObject({ title: doc.map.title, tags: doc.map.tags });
});

test("cancelling the dialog changes nothing, and reopening it shows the map as it is", () => {
  const doc = templateDocument();
  const { session } = renderEditor(doc);
  fireEvent.click(screen.getByRole("button", { name: "Edit title and details" }));
  fireEvent.change(within(screen.getByRole("dialog")).getByRole("textbox", { name: "Map title" }), { target: { value: "Draft" } });
  fireEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Cancel" }));
  expect(yDocToDocument(session.ydoc).map.title).toBe(doc.map.title);
  fireEvent.click(screen.getByRole("button", { name: "Edit title and details" }));
  expect(within(screen.getByRole("dialog")).getByRole<HTMLInputElement>("textbox", { name: "Map title" }).value).toBe(doc.map.title);
});

test("tags typed as one line drop blanks and repeats", () => {
  expect(parseTags(" a, b ,,a,  c ")).toEqual(["a", "b", "c"]);
  expect(parseTags("")).toEqual([]);
});
