/**
 * Benchmarks of the file formats on the 40 steps × 20 lanes × 5 personas map (and a 400-step one):
 * writing and reading each text format, and lint. Baseline in the same run: `JSON.stringify` of
 * the document (what any serialisation pays). Also the time to refuse a YAML alias bomb.
 */
import { writeJourneyJson } from "../src/formats/json/write";
import { readJourneyYaml } from "../src/formats/yaml/read";
import { writeJourneyYaml } from "../src/formats/yaml/write";
import { readMermaid } from "../src/formats/mermaid/read";
import { writeMermaid } from "../src/formats/mermaid/write";
import { readGridCsv } from "../src/formats/csv/read";
import { writeGridCsv } from "../src/formats/csv/write";
import { writeMarkdown } from "../src/formats/markdown/write";
import { lintDocument } from "../src/lint/lint-document";
import type { JourneyDocument } from "../src/document/journey-document";
import { buildLargeMap } from "./large-map";
import { medianMs } from "./median-time";

function rows(label: string, doc: JourneyDocument, runs: number) {
  const baselineMs = medianMs(runs, () => JSON.stringify(doc));
  const yaml = writeJourneyYaml(doc).text;
  const mermaid = writeMermaid(doc).text;
  const csv = writeGridCsv(doc).text;
  const cases: [string, () => unknown][] = [
    ["json write", () => writeJourneyJson(doc)],
    ["yaml write", () => writeJourneyYaml(doc)],
    ["yaml read", () => readJourneyYaml(yaml)],
    ["mermaid write", () => writeMermaid(doc)],
    ["mermaid read", () => readMermaid(mermaid)],
    ["csv write", () => writeGridCsv(doc)],
    ["csv read", () => readGridCsv(csv)],
    ["markdown write", () => writeMarkdown(doc)],
    ["lint", () => lintDocument(doc)],
  ];
  return cases.map(([name, fn]) => {
    const ms = medianMs(runs, fn);
    return { name: `${name} ${label}`, ms, baselineMs, ratio: ms / baselineMs };
  });
}

export function benchFormats() {
  return [...rows("40×20×5", buildLargeMap(), 20), ...rows("400×20×5", buildLargeMap({ steps: 400, stages: 20 }), 3)];
}

export function benchYamlAliasBomb() {
  const lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
  for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]`);
  const bomb = lines.join("\n");
  const ms = medianMs(5, () => {
    if (readJourneyYaml(bomb).ok) throw new Error("the alias bomb must be refused");
  });
  const baselineMs = medianMs(5, () => JSON.parse(JSON.stringify(lines)));
  return { name: "yaml alias bomb refused (10^12 expansions)", ms, baselineMs, ratio: ms / baselineMs, target: "< 1 s" };
}
