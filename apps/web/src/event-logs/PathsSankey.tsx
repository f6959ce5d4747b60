import { useMemo } from "react";
import { sankey, sankeyLinkHorizontal } from "d3-sankey";
import { useTranslation } from "react-i18next";
import type { EventLogSummary } from "@kaart/contract";
import { Failure, useLogQuery } from "./log-query";
import { pathsSchema, type PathsView } from "./query-results";

const WIDTH = 760;
const HEIGHT = 360;
const STEPS = 5;

interface Node {
  key: string;
  activity: string;
  position: number;
  cases: number;
}
interface Link {
  source: number;
  target: number;
  value: number;
}

/** The Sankey layout of the paths result: one column per position, bands as wide as their cases. */
function layoutPaths(data: PathsView) {
  const nodes: Node[] = data.nodes.map((n) => ({ key: `${n.position}\u0000${n.activity}`, activity: n.activity, position: n.position, cases: n.cases }));
  const index = new Map(nodes.map((n, i) => [n.key, i]));
  const links: Link[] = data.edges.map((e) => ({ source: index.get(`${e.fromPosition}\u0000${e.from}`)!, target: index.get(`${e.fromPosition + 1}\u0000${e.to}`)!, value: e.cases }));
  return sankey<Node, Link>()
    .nodeWidth(12)
    .nodePadding(10)
    .extent([
      [1, 1],
      [WIDTH - 120, HEIGHT - 1],
    ])({ nodes: nodes.map((n) => ({ ...n })), links: links.map((l) => ({ ...l })) });
}

/** Where cases go over their first five steps, as a Sankey with its table. */
export function PathsSankey({ log }: { log: EventLogSummary }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useLogQuery<PathsView>(log, { kind: "paths", version: 1, steps: STEPS }, (v) => pathsSchema.parse(v));
  const graph = useMemo(() => (data && data.nodes.length > 0 ? layoutPaths(data) : undefined), [data]);
  if (!data) return <Failure error={error} />;
  const n = new Intl.NumberFormat(i18n.language);
  const link = sankeyLinkHorizontal();
  return (
    <div className="stack">
      {graph && (
        <div className="dfg-graph">
          <svg role="group" aria-label={t("eventLogs.paths")} width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
            {graph.links.map((l, i) => (
              <path key={i} d={link(l) ?? undefined} fill="none" stroke="#93c5fd" strokeOpacity={0.6} strokeWidth={Math.max(1, l.width ?? 1)} aria-hidden="true" />
            ))}
            {graph.nodes.map((node) => (
              <g key={node.key} tabIndex={0} role="img" aria-label={`${t("eventLogs.position", { position: node.position })}: ${node.activity}, ${n.format(node.cases)}`}>
                <rect x={node.x0} y={node.y0} width={(node.x1 ?? 0) - (node.x0 ?? 0)} height={Math.max(1, (node.y1 ?? 0) - (node.y0 ?? 0))} fill="#1d4ed8" />
                <text x={(node.x1 ?? 0) + 4} y={((node.y0 ?? 0) + (node.y1 ?? 0)) / 2} dominantBaseline="central" fontSize={12} fill="#111827">
                  {node.activity.length > 16 ? `${node.activity.slice(0, 15)}…` : node.activity}
                </text>
              </g>
            ))}
          </svg>
        </div>
      )}
      <table className="data-table">
        <caption>{t("eventLogs.paths")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("eventLogs.step")}</th>
            <th scope="col">{t("eventLogs.from")}</th>
            <th scope="col">{t("eventLogs.to")}</th>
            <th scope="col">{t("eventLogs.cases")}</th>
          </tr>
        </thead>
        <tbody>
          {data.edges.map((e) => (
            <tr key={`${e.fromPosition}\u0000${e.from}\u0000${e.to}`}>
              <td>{n.format(e.fromPosition)}</td>
              <td dir="auto">{e.from}</td>
              <td dir="auto">{e.to}</td>
              <td>{n.format(e.cases)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
