import type { FormatError, FormatWarning } from "../format-result";
import { decodeEntities } from "./entities";
import type { MermaidJourney, MermaidSection, MermaidTask } from "./mermaid-journey";

export type ParseJourneyResult =
  | { ok: true; journey: MermaidJourney; warnings: FormatWarning[] }
  | { ok: false; errors: FormatError[] };

/** Same-length copy of a line with entity codes blanked, so `:` `#` `;` `,` are found outside them. */
function mask(line: string): string {
  return line.replace(/#\w+;/g, (m) => "_".repeat(m.length));
}

/** Cuts `#` and `%%` comments (outside entity codes) off a line. */
function stripComments(line: string): string {
  const masked = mask(line);
  const cut = [masked.indexOf("#"), masked.indexOf("%%")].filter((i) => i >= 0);
  return cut.length ? line.slice(0, Math.min(...cut)) : line;
}

const value = (raw: string) => decodeEntities(raw).trim();

/**
 * Parses Mermaid `journey` text the way Mermaid's grammar does (see the conformance README):
 * lower-case `journey` header, case-insensitive keywords, `%%` and `#` comments, `accDescr { … }`
 * blocks, tasks before any section in a section named "". What Mermaid rejects is an error with
 * its 1-based line; scores must be finite numbers (Mermaid would draw `NaN`).
 *
 * @example
 * parseMermaidJourney("journey\n  section A\n    Pay: 2: Ann\n")
 * // { ok: true, journey: { title: null, …, sections: [{ name: "A", tasks: [{ name: "Pay", score: 2, actors: ["Ann"] }] }] }, warnings: [] }
 */
export function parseMermaidJourney(text: string): ParseJourneyResult {
  const lines = text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
  const warnings: FormatWarning[] = [];
  const journey: MermaidJourney = { title: null, accTitle: null, accDescr: null, sections: [] };
  const err = (code: FormatError["code"], line: number, message: string, column?: number): ParseJourneyResult => ({
    ok: false,
    errors: [{ code, message, line, ...(column ? { column } : {}) }],
  });
  let n = skipPreamble(lines, journey);
  if (n >= lines.length || !/^\s*journey\s*$/.test(stripComments(lines[n]!))) {
    return err("mermaid_not_journey", Math.min(n, lines.length - 1) + 1, "expected the diagram to start with `journey`");
  }
  let section: MermaidSection | undefined;
  for (n++; n < lines.length; n++) {
    const raw = lines[n]!;
    const line = raw.trimStart();
    const lineNo = n + 1;
    if (line.startsWith("%%")) continue;
    const acc = /^(acctitle\s*:|accdescr\s*[:{])/i.exec(line);
    if (acc) {
      const rest = line.slice(acc[0].length);
      if (/^acctitle/i.test(acc[0])) journey.accTitle = value(rest);
      else if (acc[0].endsWith(":")) journey.accDescr = value(rest);
      else {
        const block = readBlock(lines, n, rest);
        if (!block) return err("mermaid_unterminated_block", lineNo, "`accDescr {` is never closed with `}`");
        journey.accDescr = block.text;
        n = block.end;
      }
      continue;
    }
    const statement = stripComments(line).trimEnd();
    if (statement === "") continue;
    const semicolon = mask(statement).indexOf(";");
    if (semicolon >= 0) return err("mermaid_syntax", lineNo, "`;` is not allowed here", raw.length - line.length + semicolon + 1);
    const title = /^title(\s+|$)/i.exec(statement);
    if (title) {
      journey.title = value(statement.slice(title[0].length));
      continue;
    }
    const sectionHead = /^section(\s+|$)/i.exec(statement);
    if (sectionHead) {
      if (sectionHead[1] === "") return err("mermaid_syntax", lineNo, "a section needs a name after `section `");
      const name = statement.slice(sectionHead[0].length);
      const colon = mask(name).indexOf(":");
      if (colon >= 0) return err("mermaid_syntax", lineNo, "a section name cannot contain `:`", raw.indexOf(name) + colon + 1);
      section = { name: value(name), tasks: [] };
      journey.sections.push(section);
      continue;
    }
    const task = parseTask(statement, lineNo, warnings);
    if ("code" in task) return { ok: false, errors: [task] };
    if (!section) {
      section = { name: "", tasks: [] };
      journey.sections.push(section);
    }
    section.tasks.push(task);
  }
  return { ok: true, journey, warnings };
}

/** Skips blank lines, `%%` comments and a `---` front-matter block (whose `title:` is kept). */
function skipPreamble(lines: string[], journey: MermaidJourney): number {
  let n = 0;
  while (n < lines.length && (lines[n]!.trim() === "" || lines[n]!.trim().startsWith("%%"))) n++;
  if (lines[n]?.trim() !== "---") return n;
  for (let end = n + 1; end < lines.length; end++) {
    const line = lines[end]!;
    if (line.trim() === "---") {
      n = end + 1;
      while (n < lines.length && (lines[n]!.trim() === "" || lines[n]!.trim().startsWith("%%"))) n++;
      return n;
    }
    const title = /^title:\s*(.*)$/.exec(line);
    if (title) journey.title = title[1]!.trim().replace(/^(["'])(.*)\1$/, "$2");
  }
  return n;
}

/** The text of an `accDescr { … }` block: lines trimmed, joined with line breaks, as Mermaid does. */
function readBlock(lines: string[], start: number, rest: string): { text: string; end: number } | undefined {
  const parts: string[] = [];
  let current = rest;
  for (let n = start; n < lines.length; n++) {
    if (n > start) current = lines[n]!;
    const close = mask(current).indexOf("}");
    if (close >= 0) {
      parts.push(current.slice(0, close));
      const text = parts.map((p) => decodeEntities(p).trim()).join("\n").trim();
      return { text, end: n };
    }
    parts.push(current);
  }
  return undefined;
}

function parseTask(statement: string, line: number, warnings: FormatWarning[]): FormatError | MermaidTask {
  const masked = mask(statement);
  const colon = masked.indexOf(":");
  if (colon < 0) return { code: "mermaid_task_without_score", message: "a task needs a score: `name: score[: actor, …]`", line };
  if (colon === 0 || statement.slice(0, colon).trim() === "") return { code: "mermaid_syntax", message: "a task needs a name before `:`", line, column: 1 };
  const pieces = splitAt(statement.slice(colon + 1), masked.slice(colon + 1), ":");
  const scoreText = value(pieces[0]!);
  if (scoreText === "") return { code: "mermaid_task_without_score", message: "a task needs a score after `:`", line, column: colon + 2 };
  const score = Number(scoreText);
  if (!Number.isFinite(score)) return { code: "mermaid_invalid_score", message: `the score ${JSON.stringify(scoreText)} is not a number`, line, column: colon + 2 };
  if (pieces.length > 2) warnings.push({ code: "mermaid_extra_field_ignored", message: "text after the actors is ignored, as Mermaid does", line });
  const actors = pieces.length > 1 ? splitAt(pieces[1]!, mask(pieces[1]!), ",").map(value) : [];
  if (actors.some((a) => a === "")) warnings.push({ code: "mermaid_empty_actor", message: "an empty actor name was dropped", line });
  return { name: value(statement.slice(0, colon)), score, actors: actors.filter((a) => a !== "") };
}

/** Splits `text` at `sep` wherever `masked` (its entity-blanked copy) has it. */
function splitAt(text: string, masked: string, sep: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = masked.indexOf(sep); i >= 0; i = masked.indexOf(sep, i + 1)) {
    out.push(text.slice(from, i));
    from = i + 1;
  }
  out.push(text.slice(from));
  return out;
}
