import type { FlowEdge, JourneyDocument, Step } from "@kaart/core";
import type { GridSlot } from "../grid/grid-model";

/** The kinds of flow edge, in the order the editor offers them. */
export const FLOW_KINDS = ["branch", "loop", "reentry"] as const satisfies readonly FlowEdge["kind"][];

export interface PlacedFlow {
  flow: FlowEdge;
  from: Step;
  to: Step;
  fromColumn: number;
  toColumn: number;
}

export interface FlowArc extends PlacedFlow {
  /** SVG path from the centre of the `from` column to the centre of the `to` column. */
  d: string;
  /** Where the arc's label sits: its highest point. */
  labelX: number;
  labelY: number;
}

/** The lowest an arc may rise, its rise per column crossed, and the row's height. */
const BASE_RISE = 18;
const RISE_PER_COLUMN = 9;
export const FLOWS_ROW_HEIGHT = 96;
const BASELINE = FLOWS_ROW_HEIGHT - 10;

/**
 * The map's flow edges whose two steps are on the grid, with the grid columns they join, in
 * column order of their start (then of their end): the order a reader meets them.
 */
export function placedFlows(doc: JourneyDocument, slots: readonly GridSlot[]): PlacedFlow[] {
  const columnOf = new Map<string, number>();
  slots.forEach((slot, i) => slot.step && columnOf.set(slot.step.id, i));
  return Object.values(doc.flows)
    .flatMap((flow) => {
      const from = doc.steps[flow.from];
      const to = doc.steps[flow.to];
      const fromColumn = columnOf.get(flow.from);
      const toColumn = columnOf.get(flow.to);
      return from && to && fromColumn !== undefined && toColumn !== undefined ? [{ flow, from, to, fromColumn, toColumn }] : [];
    })
    .sort((a, b) => a.fromColumn - b.fromColumn || a.toColumn - b.toColumn || a.flow.kind.localeCompare(b.flow.kind));
}

/**
 * Arcs over the step columns: each rises from the centre of its start column and lands, with an
 * arrow, on the centre of its end column; the farther it reaches, the higher it rises, so nested
 * arcs do not cover each other. A flow from a step to itself is a small loop over its column.
 * In a right-to-left map the first column is on the right, so x is mirrored.
 */
export function flowArcs(placed: readonly PlacedFlow[], columns: number, columnWidth: number, dir: "ltr" | "rtl"): FlowArc[] {
  const width = Math.max(1, columns) * columnWidth;
  const xOf = (column: number) => {
    const x = column * columnWidth + columnWidth / 2;
    return dir === "rtl" ? width - x : x;
  };
  return placed.map((p, i) => {
    const x1 = xOf(p.fromColumn);
    const x2 = xOf(p.toColumn);
    if (p.fromColumn === p.toColumn) {
      const r = 14;
      const d = `M ${x1 - 6} ${BASELINE} C ${x1 - 6 - r * 2} ${BASELINE - r * 3}, ${x1 + 6 + r * 2} ${BASELINE - r * 3}, ${x1 + 6} ${BASELINE}`;
      return { ...p, d, labelX: x1, labelY: BASELINE - r * 2.4 };
    }
    // Two arcs over the same columns would coincide; the later one rises a little higher.
    const nudge = (i % 3) * 4;
    const rise = Math.min(BASELINE - 14, BASE_RISE + RISE_PER_COLUMN * Math.abs(p.toColumn - p.fromColumn) + nudge);
    const top = BASELINE - rise;
    // Start and end a little off centre, so an arc arriving at a column and one leaving it do not meet.
    const s = x1 + (x2 > x1 ? 6 : -6);
    const e = x2 + (x2 > x1 ? -6 : 6);
    const d = `M ${s} ${BASELINE} C ${s} ${top}, ${e} ${top}, ${e} ${BASELINE}`;
    return { ...p, d, labelX: (s + e) / 2, labelY: BASELINE - rise * 0.75 - 4 };
  });
}
