import { DIFF_TABLES, type EmotionDelta, type MapDiff, type Place, type TableDiff } from "./map-diff";

const TITLES: Record<(typeof DIFF_TABLES)[number], string> = {
  stages: "Stages",
  steps: "Steps",
  lanes: "Lanes",
  cells: "Cells",
  cards: "Cards",
  personas: "Personas",
  touchpoints: "Touchpoints",
  flows: "Flows",
};

/** Longest map-info value shown; longer ones (a description, a KPI list) are cut with "…". */
const VALUE_WIDTH = 80;

/**
 * The diff as plain text for people (`kaart diff`): one section per part that changed, one line
 * per change (`+` added, `-` removed, `~` renamed, `>` moved, `*` changed), "No differences." when
 * the maps are the same.
 *
 * @example
 * process.stdout.write(formatDiffText(diffMaps(before, after)));
 */
export function formatDiffText(diff: MapDiff): string {
  if (diff.identical) return "No differences.\n";
  const lines: string[] = [];
  if (diff.map.length) {
    lines.push("Map");
    for (const c of diff.map) lines.push(`  * ${c.field}: ${show(c.before)} → ${show(c.after)}`);
  }
  for (const table of DIFF_TABLES) lines.push(...tableLines(TITLES[table], diff[table]));
  if (diff.emotions.length) {
    lines.push(`Emotions: ${diff.emotions.length} changed`);
    for (const e of diff.emotions) lines.push(`  ${emotionLine(e)}`);
  }
  return lines.join("\n") + "\n";
}

function tableLines(title: string, t: TableDiff): string[] {
  const counts = (
    [["added", t.added], ["removed", t.removed], ["renamed", t.renamed], ["moved", t.moved], ["changed", t.changed]] as const
  ).filter(([, list]) => list.length > 0);
  if (counts.length === 0) return [];
  const name = (r: { id: string; name: string }) => `${JSON.stringify(r.name)} (${r.id})`;
  return [
    `${title}: ${counts.map(([label, list]) => `${list.length} ${label}`).join(", ")}`,
    ...t.added.map((r) => `  + ${name(r)}`),
    ...t.removed.map((r) => `  - ${name(r)}`),
    ...t.renamed.map((r) => `  ~ ${JSON.stringify(r.before)} → ${JSON.stringify(r.after)} (${r.id})`),
    ...t.moved.map((r) => `  > ${name(r)}: ${place(r.from)} → ${place(r.to)}`),
    ...t.changed.map((r) => `  * ${name(r)}: ${r.fields.join(", ")}`),
  ];
}

/** Position 1-based, after the container ids when the record has a container. */
function place(p: Place): string {
  const where = [p.laneId, p.stageId, p.stepId].filter((x) => x !== undefined);
  return `${where.length ? `${where.join(" ")} ` : ""}#${p.index + 1}`;
}

function emotionLine(e: EmotionDelta): string {
  const who = e.personaName === null ? "no persona" : JSON.stringify(e.personaName);
  const head = `${JSON.stringify(e.stepName)} / ${who} ${e.variant}:`;
  const extra = e.fields.length ? ` (${e.fields.join(", ")} changed)` : "";
  if (e.before === null) return `${head} added ${e.after}${extra}`;
  if (e.after === null) return `${head} removed (was ${e.before})`;
  const sign = e.delta! > 0 ? "+" : "";
  return `${head} ${e.before} → ${e.after}${e.delta === 0 ? "" : ` (${sign}${round(e.delta!)})`}${extra}`;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function show(value: unknown): string {
  const text = value === undefined || value === null ? "none" : JSON.stringify(value);
  return text.length > VALUE_WIDTH ? `${text.slice(0, VALUE_WIDTH - 1)}…` : text;
}
