import type { JourneyDocument } from "../document/journey-document";
import type { CurveMoments, MapAnalysis } from "./map-analysis";

/** How many ranked pain points and opportunities the text shows; the JSON has them all. */
export const TEXT_RANK_LIMIT = 10;

/**
 * The analysis as plain text for people (`kaart analyze`). Names come from `doc`; scores are
 * shown on the normalised 0–1 scale with two decimals, raw scores on the map's scale.
 *
 * @example
 * console.log(formatAnalysisText(analyzeMap(doc), doc));
 */
export function formatAnalysisText(analysis: MapAnalysis, doc: JourneyDocument): string {
  const name = namer(doc);
  const { scale, summary: s } = analysis;
  const lines = [
    `Analysis of ${JSON.stringify(doc.map.title)} (${analysis.variant}, scale ${scale.name} ${scale.min}..${scale.max})`,
    `${s.stages} stages, ${s.steps} steps, ${s.lanes} lanes, ${s.personas} personas, ${s.cards} cards, ${s.emotionPoints} emotion scores`,
    "",
    "Moments that matter",
    ...orNone([...analysis.moments.curves.map((c) => `  ${curveLine(c, name)}`), ...analysis.moments.flagged.map((f) => `  flagged: ${name(f.stepId)}${f.why ? ` (${f.why})` : ""}`)]),
    "",
    "Worst pain points (priority = severity/5 × (1 − mean))",
    ...orNone(limited(analysis.painPoints, (p) => `  ${p.rank}. ${JSON.stringify(p.title)} at ${name(p.location.stepId ?? p.location.stageId ?? "")}: severity ${p.severity}${p.severityAssumed ? " (assumed)" : ""}, mean ${p.meanNormalised === null ? "unscored" : fixed(p.meanNormalised)}, priority ${fixed(p.priority)}`)),
    "",
    "Opportunities (value = impact × feasibility)",
    ...orNone(limited(analysis.opportunities, (o) => `  ${o.rank}. ${JSON.stringify(o.title)}: ${o.value === null ? "unrated" : `${quadrantLabel(o.quadrant)}, ${o.impact} × ${o.feasibility} = ${o.value}`}`)),
    "",
    "Inconsistencies",
    ...orNone(analysis.inconsistencies.map((i) => `  ${i.kind === "touchpointAcrossSteps" ? "touchpoint" : "step"} ${name(i.subjectId)}: ${fixed(i.lowest.normalised)} (${name(i.lowest.id)}) to ${fixed(i.highest.normalised)} (${name(i.highest.id)}), spread ${fixed(i.spread)}`)),
    "",
    "Gaps",
    ...orNone(analysis.gaps.map((g) => `  ${g.message}`)),
  ];
  return lines.join("\n") + "\n";
}

function curveLine(c: CurveMoments, name: (id: string) => string): string {
  const who = c.personaId === null ? "(no persona)" : name(c.personaId);
  const peaks = c.peaks.map((p) => `${name(p.stepId)} (${p.score}, load ${fixed(p.load)})`).join(", ") || "none";
  const drops = c.drops.map((d) => `${name(d.stepId)} (fell ${fixed(d.drop)} from ${name(d.fromStepId)})`).join(", ") || "none";
  return `${who}: peak ${peaks}; largest drop ${drops}`;
}

function limited<T>(items: T[], line: (item: T) => string): string[] {
  const shown = items.slice(0, TEXT_RANK_LIMIT).map(line);
  return items.length > TEXT_RANK_LIMIT ? [...shown, `  … and ${items.length - TEXT_RANK_LIMIT} more`] : shown;
}

function orNone(lines: string[]): string[] {
  return lines.length ? lines : ["  none"];
}

function fixed(n: number): string {
  return n.toFixed(2);
}

function quadrantLabel(q: string): string {
  return { quickWin: "quick win", majorProject: "major project", fillIn: "fill-in", thanklessTask: "thankless task" }[q] ?? q;
}

/** The quoted name of a step, stage, persona or touchpoint; the id itself when it has no record. */
function namer(doc: JourneyDocument): (id: string) => string {
  return (id) => {
    const record = doc.steps[id] ?? doc.stages[id] ?? doc.personas[id] ?? doc.touchpoints[id];
    return record ? JSON.stringify(record.name) : id;
  };
}
