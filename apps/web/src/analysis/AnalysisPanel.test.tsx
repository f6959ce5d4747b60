import { expect, test, vi } from "vitest";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { addCard, analyzeMap, orderedLanes, orderedSteps } from "@kaart/core";
import { renderEditor, templateDocument } from "../editor/testing/render-editor";
import { edit } from "../editor/session/edit";
import { AnalysisPanel } from "./AnalysisPanel";

test("the top pain point of the analysis links to its cell in the grid", () => {
  const doc = templateDocument();
  const top = analyzeMap(doc).painPoints[0]!;
  renderEditor(doc, "en", <AnalysisPanel />);
  const panel = screen.getByRole("complementary", { name: "Analysis" });
  fireEvent.click(within(panel).getByRole("button", { name: new RegExp(`^Go to 1\\. ${top.title}`) }));
  expect(document.activeElement?.getAttribute("data-cell")).toBe(`${top.location.laneId}|${top.location.stepId}`);
});

test("the panel catches up once edits pause, not on every edit", () => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  try {
    const doc = templateDocument();
    const lane = orderedLanes(doc).find((l) => l.type === "painPoints")!;
    const step = orderedSteps(doc)[0]!;
    const { session } = renderEditor(doc, "en", <AnalysisPanel />);
    const panel = screen.getByRole("complementary", { name: "Analysis" });
    const title = "Checkout forgets the basket";
    act(() => {
      edit(session, (b) => b.run(addCard, { laneId: lane.id, at: step.id, kind: "painPoint", title, severity: 5 }), () => "2026-01-02T00:00:00.000Z", () => {});
    });
    expect(within(panel).queryByText(new RegExp(title))).toBeNull();
    act(() => vi.advanceTimersByTime(399));
    expect(within(panel).queryByText(new RegExp(title))).toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(within(panel).getByText(new RegExp(title))).toBeTruthy();
  } finally {
    vi.useRealTimers();
  }
});
