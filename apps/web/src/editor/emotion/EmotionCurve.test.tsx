import { expect, test } from "vitest";
import { fireEvent, screen } from "@testing-library/react";
import { yDocToDocument } from "@kaart/collab";
import { emotionIdFor, orderedSteps } from "@kaart/core";
import { renderEditor, templateDocument } from "../testing/render-editor";

test("a curve point is a slider: arrow keys move the score in half steps within the scale, Delete clears it", () => {
  const doc = templateDocument();
  const { session } = renderEditor(doc);
  const step = orderedSteps(doc)[0]!;
  const persona = Object.values(doc.personas)[0]!;
  const id = emotionIdFor(step.id, persona.id, "asIs");
  const before = doc.emotions[id]?.score ?? 0;
  const point = screen.getByRole("slider", { name: `Emotion at ${step.name}` });
  fireEvent.keyDown(point, { key: "ArrowUp" });
  expect(yDocToDocument(session.ydoc).emotions[id]?.score).toBe(Math.min(2, before + 0.5));
  fireEvent.keyDown(point, { key: "End" });
  expect(yDocToDocument(session.ydoc).emotions[id]?.score).toBe(doc.map.emotionScale.max);
  expect(point.getAttribute("aria-valuenow")).toBe(String(doc.map.emotionScale.max));
  fireEvent.keyDown(point, { key: "Delete" });
  expect(yDocToDocument(session.ydoc).emotions[id]).toBeUndefined();
});

test("the emotion table lists every step with its score", () => {
  const doc = templateDocument();
  renderEditor(doc);
  fireEvent.click(screen.getByRole("button", { name: "Emotion scores" }));
  const table = screen.getByRole("table", { name: /Emotion scores/ });
  expect(table.querySelectorAll("tbody tr")).toHaveLength(orderedSteps(doc).length);
});
