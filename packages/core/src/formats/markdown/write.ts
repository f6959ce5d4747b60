import type { JourneyDocument } from "../../document/journey-document";
import { orderedLanes, orderedStages, stepsOfStage } from "../../document/ordered-records";
import type { WriteResult } from "../format-result";
import { cellTextOf } from "../grid/cell-text";
import { escapeMarkdown, escapeMarkdownBlock, escapeMarkdownCell } from "./escape-markdown";

/**
 * Writes the map as Markdown that reads well aloud, top to bottom: the title as a heading, the
 * accessibility description, the personas, then per stage a heading and a table with one row per
 * step (in journey order) and one column per lane, so a screen reader announces each step with its
 * lanes' headers. All user text is escaped (see `escapeMarkdown`). Write-only.
 *
 * @example
 * await writeFile("map.md", writeMarkdown(doc).text);
 */
export function writeMarkdown(doc: JourneyDocument): WriteResult {
  const map = doc.map;
  const out: string[] = [`# ${escapeMarkdown(map.title.trim() || map.accessibility.title?.trim() || "Journey map")}`, ""];
  const about = map.accessibility.description || map.description;
  if (about) out.push(escapeMarkdownBlock(about), "");
  const targeted = map.scope.targetPersonaIds.map((id) => doc.personas[id]).filter((p) => p !== undefined);
  const others = Object.values(doc.personas).filter((p) => !map.scope.targetPersonaIds.includes(p.id)).sort((a, b) => (a.name < b.name ? -1 : 1));
  const personas = [...targeted, ...others];
  if (personas.length) out.push("## Personas", "", ...personas.map((p) => `- ${escapeMarkdown(p.name)}${p.quote ? `: “${escapeMarkdown(p.quote)}”` : ""}`), "");
  if (map.scope.scenario) out.push(`Scenario: ${escapeMarkdown(map.scope.scenario)}`, "");
  const lanes = orderedLanes(doc);
  const cellText = cellTextOf(doc);
  orderedStages(doc).forEach((stage, i) => {
    out.push(`## ${stage.name.trim() ? escapeMarkdown(stage.name) : `Stage ${i + 1}`}`, "");
    if (stage.description) out.push(escapeMarkdownBlock(stage.description), "");
    const steps = stepsOfStage(doc, stage.id);
    if (!steps.length) {
      out.push("No steps yet.", "");
      return;
    }
    out.push(`| Step | ${lanes.map((l) => escapeMarkdownCell(l.name) || escapeMarkdownCell(l.type)).join(" | ")} |`.replace("|  |", "|"));
    out.push(`| --- |${lanes.map(() => " --- |").join("")}`);
    for (const step of steps) {
      const name = escapeMarkdownCell(step.name) + (step.momentThatMatters ? " (moment that matters)" : "");
      out.push(`| ${name} |${lanes.map((l) => ` ${escapeMarkdownCell(cellText(l, step.id))} |`).join("")}`);
    }
    out.push("");
  });
  return { text: out.join("\n").replace(/\n+$/, "\n"), warnings: [] };
}
