import { expect, test } from "vitest";
import { fireEvent, screen, within } from "@testing-library/react";
import { yDocToDocument } from "@kaart/collab";
import { orderedSteps } from "@kaart/core";
import { renderEditor, templateDocument } from "../testing/render-editor";

test("a pain point added from its cell lands in that cell, and editing it changes the card", () => {
  const doc = templateDocument();
  const { session } = renderEditor(doc);
  const step = orderedSteps(doc)[0]!;
  fireEvent.click(screen.getByRole("button", { name: `Add pain point at ${step.name}` }));
  const dialog = screen.getByRole("dialog");
  fireEvent.change(within(dialog).getByRole("textbox", { name: "Title" }), { target: { value: "Coupon field hidden" } });
  fireEvent.submit(dialog.querySelector("form")!);
  const added = Object.values(yDocToDocument(session.ydoc).cards).find((c) => c.title === "Coupon field hidden");
  expect(added).toMatchObject({ kind: "painPoint", stepId: step.id });

  fireEvent.click(screen.getByRole("button", { name: "Edit card Coupon field hidden" }));
  const edit = screen.getByRole("dialog");
  fireEvent.change(within(edit).getByRole("textbox", { name: "Owner" }), { target: { value: "Checkout team" } });
  fireEvent.change(within(edit).getByRole("textbox", { name: "Title" }), { target: { value: "Coupon field is hidden" } });
  fireEvent.submit(edit.querySelector("form")!);
  expect(yDocToDocument(session.ydoc).cards[added!.id]).toMatchObject({ title: "Coupon field is hidden", owner: "Checkout team" });
});

test("deleting a card from its dialog removes it, and one undo brings it back", () => {
  const doc = templateDocument();
  const { session } = renderEditor(doc);
  const card = Object.values(doc.cards).find((c) => c.kind === "opportunity")!;
  fireEvent.click(screen.getByRole("button", { name: `Edit card ${card.title}` }));
  fireEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Delete" }));
  expect(yDocToDocument(session.ydoc).cards[card.id]).toBeUndefined();
  fireEvent.click(screen.getByRole("button", { name: "Undo" }));
  expect(yDocToDocument(session.ydoc).cards[card.id]?.title).toBe(card.title);
});
