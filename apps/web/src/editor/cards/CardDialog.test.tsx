import { expect, test } from "vitest";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { yDocToDocument } from "@kaart/collab";
import { cardsAt, orderedSteps } from "@kaart/core";
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

const announced = () => document.querySelector("[aria-live=polite][data-reorder-announcements]")?.textContent;

test("a card moves to the next step from its dialog; focus lands on it there and the move is announced", () => {
  const doc = templateDocument();
  const { session } = renderEditor(doc);
  const card = Object.values(doc.cards).find((c) => c.title === "Guest checkout is hidden below the fold")!;
  const steps = orderedSteps(doc);
  const next = steps[steps.findIndex((s) => s.id === card.stepId) + 1]!;
  fireEvent.click(screen.getByRole("button", { name: `Edit card ${card.title}` }));
  const moves = within(screen.getByRole("dialog")).getByRole("group", { name: "Move card" });
  expect(within(moves).getByRole("button", { name: "Move up" }).hasAttribute("disabled")).toBe(true);
  act(() => void fireEvent.click(within(moves).getByRole("button", { name: "Move to next step" })));
  expect(yDocToDocument(session.ydoc).cards[card.id]).toMatchObject({ stepId: next.id, laneId: card.laneId });
  expect(screen.queryByRole("dialog")).toBeNull();
  expect(announced()).toBe(`Card “${card.title}” moved to “${next.name}”, position 1 of 1`);
  expect(document.activeElement).toBe(screen.getByRole("button", { name: `Edit card ${card.title}` }));
});

test("a card moves up among the cards of its cell", () => {
  const doc = templateDocument();
  const { session } = renderEditor(doc);
  const first = Object.values(doc.cards).find((c) => c.title === "Guest checkout is hidden below the fold")!;
  const step = doc.steps[first.stepId!]!;
  fireEvent.click(screen.getByRole("button", { name: `Add pain point at ${step.name}` }));
  fireEvent.change(within(screen.getByRole("dialog")).getByRole("textbox", { name: "Title" }), { target: { value: "No coupon field" } });
  fireEvent.submit(screen.getByRole("dialog").querySelector("form")!);
  fireEvent.click(screen.getByRole("button", { name: "Edit card No coupon field" }));
  act(() => void fireEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Move up" })));
  const cell = cardsAt(yDocToDocument(session.ydoc), first.laneId, step.id).map((c) => c.title);
  expect(cell).toEqual(["No coupon field", first.title]);
  expect(announced()).toBe(`Card “No coupon field” moved to “${step.name}”, position 1 of 2`);
});
