import { expect, test } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { addStage, applyPatch, orderedStages, removeStage, renameStep, orderedSteps, diffMaps, type JourneyDocument, type OperationResult } from "@kaart/core";
import { createI18n } from "../i18n/i18n";
import { templateDocument } from "../editor/testing/render-editor";
import { SideBySide } from "./SideBySide";
import { DiffView } from "./DiffView";
import { diffEntries, diffSummary } from "./diff-entries";

const ctx = { now: "2026-02-01T00:00:00.000Z" };
function apply<T>(doc: JourneyDocument, r: OperationResult<T>): JourneyDocument {
  if (!r.ok) throw new Error(r.error.message);
  return applyPatch(doc, r.patch);
}

/** A future state of the template: one stage more, one stage fewer, one step renamed. */
function futureOf(current: JourneyDocument): JourneyDocument {
  let doc = apply(current, addStage(current, { name: "Loyalty" }, ctx));
  doc = apply(doc, removeStage(doc, { stageId: orderedStages(doc)[0]!.id }, ctx));
  const step = orderedSteps(doc)[0]!;
  return apply(doc, renameStep(doc, { stepId: step.id, name: "Compare offers" }, ctx));
}

test("the diff lists each change once, with its kind spelled out and highlighted by class", () => {
  const current = templateDocument();
  const future = futureOf(current);
  const removedStage = orderedStages(current)[0]!;
  const renamed = orderedSteps(future)[0]!;
  const before = current.steps[renamed.id]!.name;
  render(
    <I18nextProvider i18n={createI18n("en")}>
      <DiffView before={current} after={future} />
    </I18nextProvider>,
  );
  const items = within(screen.getByRole("list")).getAllByRole("listitem");
  const added = items.find((li) => li.textContent === "+ Added stage Loyalty");
  expect(added?.className).toBe("diff-added");
  expect(items.find((li) => li.textContent === `− Removed stage ${removedStage.name}`)?.className).toBe("diff-removed");
  expect(items.find((li) => li.textContent === `~ Renamed step ${before} → Compare offers`)?.className).toBe("diff-renamed");
  expect(items.length).toBe(diffEntries(diffMaps(current, future)).length);
  const summary = diffSummary(diffEntries(diffMaps(current, future)));
  expect(screen.getByText(new RegExp(`^${summary.added} added`))).toBeTruthy();
});

test("identical maps say so instead of listing changes", () => {
  const doc = templateDocument();
  render(
    <I18nextProvider i18n={createI18n("fa")}>
      <DiffView before={doc} after={doc} />
    </I18nextProvider>,
  );
  expect(screen.getByText("تفاوتی نیست.")).toBeTruthy();
  expect(screen.queryByRole("list")).toBeNull();
});

test("side by side shows both maps as described pictures and the changes between them", () => {
  const current = templateDocument();
  const future = futureOf(current);
  render(
    <I18nextProvider i18n={createI18n("en")}>
      <SideBySide left={current} right={future} leftLabel="Current state" rightLabel="Future state" />
    </I18nextProvider>,
  );
  expect(screen.getByRole("heading", { name: "Changes from Current state to Future state" })).toBeTruthy();
  expect(screen.getByText("Current state").tagName).toBe("FIGCAPTION");
  expect(screen.getByText("+ Added stage Loyalty")).toBeTruthy();
});
