import { expect, test } from "vitest";
import { fireEvent, screen, within } from "@testing-library/react";
import { analyzeMap } from "@kaart/core";
import { yDocToDocument } from "@kaart/collab";
import { renderEditor, templateDocument } from "../editor/testing/render-editor";
import { AnalysisPanel } from "./AnalysisPanel";

test("an opportunity moved to another quadrant from its menu gets impact and effort of that quadrant, and the move is announced", async () => {
  const doc = templateDocument();
  const opportunity = analyzeMap(doc).opportunities.find((o) => o.quadrant !== "unrated")!;
  // Into the quadrant diagonally across from where it is.
  const [target, label] = opportunity.quadrant === "thanklessTask" ? (["quickWin", "Quick win"] as const) : (["thanklessTask", "Thankless task"] as const);
  const { session } = renderEditor(doc, "en", <AnalysisPanel />);
  fireEvent.click(screen.getByRole("button", { name: "Opportunity matrix" }));
  const dialog = await screen.findByRole("dialog");
  expect(within(within(dialog).getByRole("region", { name: new RegExp(`^${label}`) })).queryByText(opportunity.title)).toBeNull();
  fireEvent.click(within(dialog).getByRole("button", { name: `Move “${opportunity.title}” to another quadrant` }));
  fireEvent.click(await screen.findByRole("menuitem", { name: `Move to ${label}` }));
  const card = yDocToDocument(session.ydoc).cards[opportunity.cardId]!;
  expect(analyzeMap(yDocToDocument(session.ydoc)).opportunities.find((o) => o.cardId === card.id)?.quadrant).toBe(target);
  expect(within(within(dialog).getByRole("region", { name: new RegExp(`^${label}`) })).getByText(opportunity.title)).toBeTruthy();
  expect(within(dialog).getByText(new RegExp(`moved to ${label}: impact ${card.impact}, effort ${card.effort}`))).toBeTruthy();
});
