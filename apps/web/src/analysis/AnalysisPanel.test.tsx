import { expect, test } from "vitest";
import { fireEvent, screen, within } from "@testing-library/react";
import { analyzeMap } from "@kaart/core";
import { renderEditor, templateDocument } from "../editor/testing/render-editor";
import { AnalysisPanel } from "./AnalysisPanel";

test("the top pain point of the analysis links to its cell in the grid", () => {
  const doc = templateDocument();
  const top = analyzeMap(doc).painPoints[0]!;
  renderEditor(doc, "en", <AnalysisPanel />);
  const panel = screen.getByRole("complementary", { name: "Analysis" });
  fireEvent.click(within(panel).getByRole("button", { name: new RegExp(`^Go to 1\\. ${top.title}`) }));
  expect(document.activeElement?.getAttribute("data-cell")).toBe(`${top.location.laneId}|${top.location.stepId}`);
});
