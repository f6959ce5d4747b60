import type { FormatWarning } from "../format-result";
import { encodeEntities } from "./entities";
import type { MermaidJourney } from "./mermaid-journey";

/** Words Mermaid's lexer takes as keywords at the start of a statement. */
const KEYWORD_START = /^(journey|title\s|section\s|acctitle\s*:|accdescr\s*[:{])/i;

/**
 * Mermaid text of a journey that Mermaid accepts: characters its grammar reserves in a field
 * (`:` `;` `#` line breaks, `,` between actors, `}` in a description block, `%%`) and `<` `>`
 * (so text that looks like HTML stays text) are written as
 * entity codes (`#58;`), which Mermaid shows as the character and `readMermaid` decodes; each
 * such field adds a warning. A first section named "" is written as tasks before any section.
 */
export function printMermaidJourney(journey: MermaidJourney): { text: string; warnings: FormatWarning[] } {
  const warnings: FormatWarning[] = [];
  const field = (text: string, reserved: string, where: string) => {
    let out = encodeEntities(text.trim(), reserved + "<>").replace(/%%/g, "#37;%");
    if (KEYWORD_START.test(out)) out = `#${out.codePointAt(0)};${out.slice(1)}`;
    if (out !== text.trim()) {
      warnings.push({ code: "mermaid_name_escaped", message: `${where}: reserved characters (: ; # , < > line breaks) were written as Mermaid entity codes` });
    }
    return out;
  };
  const lines = ["journey"];
  if (journey.title) lines.push(`    title ${field(journey.title, ";\n\r", "title")}`);
  if (journey.accTitle) lines.push(`    accTitle: ${field(journey.accTitle, "\n\r", "accTitle")}`);
  if (journey.accDescr) {
    if (/[\n\r]/.test(journey.accDescr)) {
      lines.push("    accDescr {");
      for (const l of journey.accDescr.split(/\r\n|\r|\n/)) lines.push(`      ${encodeEntities(l.trim(), "}<>")}`);
      lines.push("    }");
    } else lines.push(`    accDescr: ${field(journey.accDescr, "", "accDescr")}`);
  }
  journey.sections.forEach((section, i) => {
    if (i > 0 || section.name !== "") {
      const name = section.name.trim() === "" ? "#32;" : field(section.name, ":;\n\r", `section ${JSON.stringify(section.name)}`);
      lines.push(`    section ${name}`);
    }
    for (const task of section.tasks) {
      const name = task.name.trim() === "" ? "#32;" : field(task.name, ":;\n\r", `task ${JSON.stringify(task.name)}`);
      const actors = task.actors.map((a) => field(a, ":;,\n\r", `actor ${JSON.stringify(a)}`));
      lines.push(`      ${name}: ${formatScore(task.score)}${actors.length ? `: ${actors.join(", ")}` : ""}`);
    }
  });
  return { text: lines.join("\n") + "\n", warnings };
}

/** `String` gives the shortest text that reads back as the same number, which is what Mermaid's `Number` reads. */
function formatScore(score: number): string {
  return String(score);
}
