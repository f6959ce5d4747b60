import { expect, test } from "vitest";
import { fireEvent, screen, within } from "@testing-library/react";
import { yDocToDocument } from "@kaart/collab";
import { cellIdFor, orderedLanes, orderedSteps } from "@kaart/core";
import { renderEditor, templateDocument } from "../testing/render-editor";

test("a new touchpoint is created and put on the step as one change that one undo takes back", () => {
  const doc = templateDocument();
  const { session } = renderEditor(doc);
  const step = orderedSteps(doc)[0]!;
  const lane = orderedLanes(doc).find((l) => l.type === "touchpoints")!;
  fireEvent.click(screen.getByRole("button", { name: `Add touchpoint at ${step.name}` }));
  const dialog = screen.getByRole("dialog");
  fireEvent.change(within(dialog).getByRole("textbox", { name: "Touchpoint name" }), { target: { value: "Order confirmation email" } });
  fireEvent.submit(dialog.querySelector("form")!);
  const after = yDocToDocument(session.ydoc);
  const tp = Object.values(after.touchpoints).find((x) => x.name === "Order confirmation email");
  const cell = after.cells[cellIdFor(lane.id, step.id)];
  expect(cell?.content.kind === "touchpoints" && cell.content.touchpointIds).toContain(tp?.id);
  expect(screen.getByRole("button", { name: "Remove touchpoint Order confirmation email" })).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Undo" }));
  expect(Object.values(yDocToDocument(session.ydoc).touchpoints).some((x) => x.name === "Order confirmation email")).toBe(false);
});
