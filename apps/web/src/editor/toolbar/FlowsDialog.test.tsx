import { expect, test } from "vitest";
import { fireEvent, screen, within } from "@testing-library/react";
import { yDocToDocument } from "@kaart/collab";
import { orderedSteps } from "@kaart/core";
import { renderEditor, templateDocument } from "../testing/render-editor";

const dialog = () => screen.getByRole("dialog", { name: "Branches and loops" });

function choose(field: string, option: string) {
  fireEvent.click(within(dialog()).getByRole("button", { name: new RegExp(`${field}$`) }));
  fireEvent.click(screen.getByRole("option", { name: option }));
}

test("a loop between two steps is added with its label, listed, refused twice, and deleted from the toolbar's dialog", () => {
  const doc = { ...templateDocument(), flows: {} };
  const { session } = renderEditor(doc);
  const [first, , third] = orderedSteps(doc);
  fireEvent.click(screen.getByRole("button", { name: "Branches and loops" }));
  expect(within(dialog()).getByText("This map has no branches or loops yet.")).toBeTruthy();

  fireEvent.click(within(dialog()).getByRole("button", { name: "Add" }));
  expect(within(dialog()).getByRole("alert").textContent).toBe("Choose the step it starts from and the step it goes to.");

  choose("From step", third!.name);
  choose("To step", first!.name);
  choose("Kind", "Loop back");
  fireEvent.change(within(dialog()).getByRole("textbox", { name: "Label or condition" }), { target: { value: " card declined " } });
  const share = within(dialog()).getByRole<HTMLInputElement>("textbox", { name: "Share of customers (%)" });
  fireEvent.change(share, { target: { value: "12.5" } });
  fireEvent.blur(share);
  fireEvent.click(within(dialog()).getByRole("button", { name: "Add" }));

  const flows = Object.values(yDocToDocument(session.ydoc).flows);
  expect(flows).toEqual([{ id: flows[0]!.id, from: third!.id, to: first!.id, kind: "loop", label: "card declined", share: 0.125 }]);
  const text = `From ${third!.name} to ${first!.name}: Loop back, “card declined”`;
  const listed = within(within(dialog()).getByRole("list", { name: "Branches and loops of this map" })).getByRole("listitem");
  expect(listed.querySelector("span")!.textContent).toBe(`${text} · 12.5% of customers`);
  // The form is cleared for the next one.
  expect(within(dialog()).getByRole<HTMLInputElement>("textbox", { name: "Label or condition" }).value).toBe("");
  expect(within(dialog()).getByRole<HTMLInputElement>("textbox", { name: "Share of customers (%)" }).value).toBe("");

  choose("From step", third!.name);
  choose("To step", first!.name);
  choose("Kind", "Loop back");
  fireEvent.click(within(dialog()).getByRole("button", { name: "Add" }));
  expect(within(dialog()).getByRole("alert").textContent).toBe("There is already one of this kind between these steps.");
  expect(Object.keys(yDocToDocument(session.ydoc).flows)).toHaveLength(1);

  // Undo merges edits less than 500 ms apart: the delete is its own step whatever the machine's speed.
  session.undo.stopCapturing();
  fireEvent.click(within(dialog()).getByRole("button", { name: `Delete ${text}` }));
  expect(yDocToDocument(session.ydoc).flows).toEqual({});
  expect(within(dialog()).getByText("This map has no branches or loops yet.")).toBeTruthy();
  fireEvent.click(within(dialog()).getByRole("button", { name: "Close" }));
  fireEvent.click(screen.getByRole("button", { name: "Undo" }));
  expect(Object.values(yDocToDocument(session.ydoc).flows).map((f) => f.label)).toEqual(["card declined"]);
});

test("the dialog lists the map's flows in the order the journey meets them", () => {
  const doc = templateDocument();
  renderEditor(doc);
  const steps = orderedSteps(doc);
  const expected = Object.values(doc.flows)
    .sort((a, b) => steps.findIndex((s) => s.id === a.from) - steps.findIndex((s) => s.id === b.from))
    .map((f) => `From ${doc.steps[f.from]!.name} to ${doc.steps[f.to]!.name}: ${f.kind === "loop" ? "Loop back" : f.kind === "branch" ? "Branch" : "Re-entry"}, “${f.label}” · ${Math.round(f.share! * 100)}% of customers`);
  expect(expected.length).toBeGreaterThan(1);
  fireEvent.click(screen.getByRole("button", { name: "Branches and loops" }));
  const list = within(dialog()).getByRole("list", { name: "Branches and loops of this map" });
  expect(within(list).getAllByRole("listitem").map((li) => li.querySelector("span")!.textContent)).toEqual(expected);
});
