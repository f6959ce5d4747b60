import { useEffect, useState } from "react";
import ELK, { type ElkNode } from "elkjs/lib/elk.bundled.js";
import { useTranslation } from "react-i18next";
import type { DfgView } from "./query-results";

interface Laid {
  width: number;
  height: number;
  nodes: Array<{ name: string; x: number; y: number; width: number; height: number; cases: number }>;
  edges: Array<{ key: string; from: string; to: string; count: number; points: Array<{ x: number; y: number }> }>;
}

const elk = new ELK();
const NODE_HEIGHT = 36;
/** Long activity names are cut in the drawing; the table beside it has them whole. */
const MAX_LABEL = 28;

function label(name: string): string {
  return name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name;
}

/** Lays the graph out left to right with ELK's layered algorithm (runs in the page; graphs here are small after filtering). */
async function layout(edges: DfgView["edges"], weight: ReadonlyMap<string, number>): Promise<Laid> {
  const names = [...new Set(edges.flatMap((e) => [e.from, e.to]))];
  const id = new Map(names.map((n, i) => [n, `n${i}`]));
  const input: ElkNode = {
    id: "root",
    layoutOptions: { "elk.algorithm": "layered", "elk.direction": "RIGHT", "elk.spacing.nodeNode": "24", "elk.layered.spacing.nodeNodeBetweenLayers": "56", "elk.edgeRouting": "SPLINES" },
    children: names.map((n) => ({ id: id.get(n)!, width: 16 + 7.5 * label(n).length, height: NODE_HEIGHT })),
    edges: edges.map((e, i) => ({ id: `e${i}`, sources: [id.get(e.from)!], targets: [id.get(e.to)!] })),
  };
  const graph = await elk.layout(input);
  const byId = new Map((graph.children ?? []).map((c) => [c.id, c]));
  return {
    width: graph.width ?? 0,
    height: graph.height ?? 0,
    nodes: names.map((n) => {
      const c = byId.get(id.get(n)!)!;
      return { name: n, x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0, cases: weight.get(n) ?? 0 };
    }),
    edges: (graph.edges ?? []).map((e, i) => {
      const section = e.sections?.[0];
      const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
      return { key: e.id, from: edges[i]!.from, to: edges[i]!.to, count: edges[i]!.count, points };
    }),
  };
}

/**
 * The directly-follows graph as a drawing: activities as boxes, transitions as arrows whose
 * width grows with their count. Each box can take keyboard focus and names its transitions; the
 * table next to it holds the same figures.
 */
export function DfgGraph({ edges }: { edges: DfgView["edges"] }) {
  const { t, i18n } = useTranslation();
  const [laid, setLaid] = useState<Laid>();
  useEffect(() => {
    let live = true;
    const weight = new Map<string, number>();
    for (const e of edges) weight.set(e.to, (weight.get(e.to) ?? 0) + e.count);
    void layout(edges, weight).then((l) => live && setLaid(l));
    return () => {
      live = false;
    };
  }, [edges]);
  if (!laid) return <p>{t("app.loading")}</p>;
  const n = new Intl.NumberFormat(i18n.language);
  const most = Math.max(1, ...edges.map((e) => e.count));
  return (
    <div className="dfg-graph">
      <svg role="group" aria-label={t("eventLogs.dfg")} width={laid.width + 8} height={laid.height + 8} viewBox={`-4 -4 ${laid.width + 8} ${laid.height + 8}`}>
        <defs>
          <marker id="dfg-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill="#4b5563" />
          </marker>
        </defs>
        {laid.edges.map((e) => (
          <path
            key={e.key}
            d={e.points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x},${p.y}`).join(" ")}
            fill="none"
            stroke="#4b5563"
            strokeWidth={1 + 5 * (e.count / most)}
            markerEnd="url(#dfg-arrow)"
            aria-hidden="true"
          />
        ))}
        {laid.nodes.map((node) => {
          const out = edges.filter((e) => e.from === node.name).map((e) => `${e.to} ${n.format(e.count)}`);
          return (
            <g key={node.name} tabIndex={0} role="img" aria-label={`${node.name}: ${t("eventLogs.to")} ${out.join(", ") || "—"}`} transform={`translate(${node.x},${node.y})`}>
              <rect width={node.width} height={node.height} rx={6} fill="#eff6ff" stroke="#1d4ed8" />
              <text x={node.width / 2} y={node.height / 2} dominantBaseline="central" textAnchor="middle" fontSize={13} fill="#111827">
                {label(node.name)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
