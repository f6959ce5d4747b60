import { expect, test } from "vitest";
import { fireEvent, screen, within } from "@testing-library/react";
import { addFlowEdge, applyPatch, orderedSteps, type JourneyDocument } from "@kaart/core";
import { gridModel } from "../grid/grid-model";
import { renderEditor, templateDocument } from "../testing/render-editor";
import { FlowsRow } from "./FlowsRow";
import { flowArcs, placedFlows } from "./flow-arcs";

function withFlows(doc: JourneyDocument, flows: { from: number; to: number; kind: "branch" | "loop" | "reentry"; label?: string }[]): JourneyDocument {
  const steps = orderedSteps(doc);
  let n = 0;
  return flows.reduce((d, f) => {
    const r = addFlowEdge(d, { from: steps[f.from]!.id, to: steps[f.to]!.id, kind: f.kind, label: f.label }, { now: "2026-01-02T00:00:00.000Z", random: (k) => Uint8Array.from({ length: k }, (_, i) => (n++ * 13 + i) & 255) });
    if (!r.ok) throw new Error(r.error.message);
    return applyPatch(d, r.patch);
  }, doc);
}

/** The template's map without its own flows, so each test says which flows it has. */
const straightMap = (): JourneyDocument => ({ ...templateDocument(), flows: {} });

/** The row on its own grid, beside the real editor (whose provider it reads the map from). */
function renderRow(doc: JourneyDocument) {
  renderEditor(
    doc,
    "en",
    <div role="grid" aria-label="Flows under test">
      <FlowsRow slots={gridModel(doc).slots} columnWidth={200} dir="ltr" lang="en" />
    </div>,
  );
  return screen.getByRole("grid", { name: "Flows under test" });
}

test("the flows row draws one arc per flow and lists them in words, in the order the journey meets them", () => {
  const base = straightMap();
  const steps = orderedSteps(base);
  const grid = renderRow(withFlows(base, [{ from: 2, to: 0, kind: "loop", label: "card declined" }, { from: 0, to: 1, kind: "branch" }]));
  expect(within(grid).getByRole("rowheader", { name: "Branches and loops" })).toBeTruthy();
  const list = within(within(grid).getByRole("gridcell")).getByRole("list", { name: "Branches and loops" });
  expect(within(list).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
    `From ${steps[0]!.name} to ${steps[1]!.name}: Branch`,
    `From ${steps[2]!.name} to ${steps[0]!.name}: Loop back, “card declined”`,
  ]);
  expect(grid.querySelectorAll("svg .flow-path")).toHaveLength(2);
  expect([...grid.querySelectorAll("svg .flow-label")].map((l) => l.textContent)).toEqual(["Branch", "card declined"]);
});

test("the row follows the map: a flow deleted in the toolbar's dialog leaves it, and the last one takes the row away", () => {
  const steps = orderedSteps(straightMap());
  const grid = renderRow(withFlows(straightMap(), [{ from: 1, to: 0, kind: "loop" }, { from: 0, to: 2, kind: "branch" }]));
  expect(grid.querySelectorAll("svg .flow-path")).toHaveLength(2);
  fireEvent.click(screen.getByRole("button", { name: "Branches and loops" }));
  fireEvent.click(screen.getByRole("button", { name: `Delete From ${steps[1]!.name} to ${steps[0]!.name}: Loop back` }));
  // The open dialog hides the rest of the page from assistive technology; the row is still there.
  expect(within(grid).getAllByRole("listitem", { hidden: true }).map((li) => li.textContent)).toEqual([`From ${steps[0]!.name} to ${steps[2]!.name}: Branch`]);
  fireEvent.click(screen.getByRole("button", { name: `Delete From ${steps[0]!.name} to ${steps[2]!.name}: Branch` }));
  expect(within(grid).queryByRole("row", { hidden: true })).toBeNull();
});

test("a map without flows has no flows row", () => {
  const grid = renderRow(straightMap());
  expect(within(grid).queryByRole("row")).toBeNull();
});

test("arcs join column centres and are mirrored in a right-to-left map", () => {
  const doc = withFlows(straightMap(), [{ from: 0, to: 2, kind: "branch" }]);
  const placed = placedFlows(doc, gridModel(doc).slots);
  const columns = gridModel(doc).slots.length;
  const width = columns * 100;
  const [ltr] = flowArcs(placed, columns, 100, "ltr");
  const [rtl] = flowArcs(placed, columns, 100, "rtl");
  const ends = (d: string) => {
    const n = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    return [n[0], n[n.length - 2]];
  };
  expect(ends(ltr!.d)).toEqual([56, 244]);
  expect(ends(rtl!.d)).toEqual([width - 56, width - 244]);
  expect(rtl!.labelX).toBe(width - ltr!.labelX);
});
