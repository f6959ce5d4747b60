import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useDocSelector } from "../session/EditorContext";
import type { GridSlot } from "../grid/grid-model";
import { flowArcs, placedFlows, FLOWS_ROW_HEIGHT, type PlacedFlow } from "./flow-arcs";
import { flowText } from "./flow-text";
import "./flows.css";

/**
 * A grid row under the step headers drawing the map's branches, loops and re-entries as arcs
 * between step columns (columns line up with the grid's, mirrored in a right-to-left map). The
 * drawing is decoration; the same flows are in a list beside it for screen readers. Renders
 * nothing when the map has no flows, so a straight journey keeps its plain grid. Re-renders only
 * when a flow or one of its steps changes, not on typing elsewhere; `dir` and `lang` are the
 * grid's content language.
 */
export function FlowsRow({ slots, columnWidth, dir, lang }: { slots: GridSlot[]; columnWidth: number; dir: "ltr" | "rtl"; lang: string }) {
  const { t } = useTranslation();
  const marker = useId();
  const placed = useDocSelector((doc) => placedFlows(doc, slots), samePlacement);
  if (placed.length === 0) return null;
  const arcs = flowArcs(placed, slots.length, columnWidth, dir);
  const width = Math.max(1, slots.length) * columnWidth;
  const heading = t("flows.title");
  return (
    <div role="row" className="grid-row flows-row">
      <div role="rowheader" className="flows-row-header">
        {heading}
      </div>
      <div role="gridcell" className="flows-cell" style={{ gridColumn: `2 / span ${Math.max(1, slots.length)}` }}>
        <svg width={width} height={FLOWS_ROW_HEIGHT} viewBox={`0 0 ${width} ${FLOWS_ROW_HEIGHT}`} aria-hidden="true" className="flows-drawing">
          <defs>
            <marker id={marker} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" className="flow-arrow" />
            </marker>
          </defs>
          {arcs.map((arc) => (
            <g key={arc.flow.id} className={`flow flow-${arc.flow.kind}`} data-flow={arc.flow.id}>
              <path d={arc.d} className="flow-path" markerEnd={`url(#${marker})`} />
              <text x={arc.labelX} y={arc.labelY} textAnchor="middle" className="flow-label" lang={lang} direction={dir}>
                {arc.flow.label || t(`flows.kinds.${arc.flow.kind}`)}
              </text>
            </g>
          ))}
        </svg>
        <ul className="visually-hidden" aria-label={heading}>
          {placed.map((p) => (
            <li key={p.flow.id}>{flowText(t, p)}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** Records keep their identity until they change, so comparing them by reference finds every change. */
function samePlacement(a: PlacedFlow[], b: PlacedFlow[]): boolean {
  return a.length === b.length && a.every((p, i) => p.flow === b[i]!.flow && p.from === b[i]!.from && p.to === b[i]!.to && p.fromColumn === b[i]!.fromColumn && p.toColumn === b[i]!.toColumn);
}
