/**
 * Benchmark of the PNG and PDF exports on a 40 steps × 20 lanes × 5 personas map. The baseline,
 * timed in the same run, is resvg rasterising a plain table of the same texts (one `<text>` per
 * cell, no layout): the least any image export of that content costs. `npm run bench` calls
 * `benchExport()`. The map is built here because a workspace cannot import core's bench files.
 */
import { cellIdFor, emotionIdFor, emptyDocument, renderMapSvg, type JourneyDocument, type LaneType } from "@kaart/core";
import { renderPdf } from "../src/pdf/render-pdf";
import { renderPng } from "../src/png/render-png";
import { svgToPng } from "../src/png/svg-to-png";

export interface BenchResult {
  name: string;
  ms: number;
  baselineMs: number;
  ratio: number;
}

const LANES: LaneType[] = ["actions", "thoughts", "emotions", "painPoints", "opportunities"];

function largeMap(steps = 40, stages = 8, lanes = 20, personas = 5): JourneyDocument {
  const doc = emptyDocument({ mapId: "map:bench", title: "Benchmark map", now: "2026-01-01T00:00:00Z" });
  const key = (i: number): string => `a${String(i).padStart(4, "0")}`;
  for (let p = 0; p < personas; p++) {
    doc.personas[`persona:p${p}`] = { id: `persona:p${p}`, name: `Persona ${p}`, professionalGoals: [], personalGoals: [], needs: [], frustrations: [], motivations: [], behaviours: [], preferredChannels: [], attributes: [] };
  }
  for (let s = 0; s < stages; s++) doc.stages[`stage:s${s}`] = { id: `stage:s${s}`, name: `Stage ${s}`, order: key(s), kpis: [] };
  for (let l = 0; l < lanes; l++) doc.lanes[`lane:l${l}`] = { id: `lane:l${l}`, type: LANES[l % LANES.length] ?? "text", name: `Lane ${l}`, order: key(l) };
  for (let i = 0; i < steps; i++) {
    const stepId = `step:t${i}` as const;
    doc.steps[stepId] = { id: stepId, stageId: `stage:s${Math.floor((i * stages) / steps)}`, name: `Step ${i}`, order: key(i) };
    for (let l = 0; l < lanes; l++) {
      const laneId = `lane:l${l}` as const;
      const type = LANES[l % LANES.length];
      if (type === "painPoints" || type === "opportunities") {
        doc.cards[`card:c${i}-${l}`] = { id: `card:c${i}-${l}`, laneId, stepId, order: "a0", kind: type === "painPoints" ? "painPoint" : "opportunity", title: `Card at step ${i} in lane ${l}`, severity: 3, impact: 4, effort: 2 };
      } else if (type !== "emotions") {
        const id = cellIdFor(laneId, stepId);
        doc.cells[id] = { id, laneId, stepId, content: { kind: "text", text: [{ text: `Text at step ${i}, lane ${l}: the customer compares offers and reads the terms` }] } };
      }
    }
    for (let p = 0; p < personas; p++) {
      const id = emotionIdFor(stepId, `persona:p${p}`, "asIs");
      doc.emotions[id] = { id, stepId, personaId: `persona:p${p}`, variant: "asIs", score: ((i + p) % 5) - 2 };
    }
  }
  return doc;
}

/** The same texts as a bare grid of `<text>` elements: no wrapping, cards or curves. */
function plainTable(doc: JourneyDocument, width: number, height: number): string {
  const texts = [...Object.values(doc.cells).map((c) => (c.content.kind === "text" ? (c.content.text[0]?.text ?? "") : "")), ...Object.values(doc.cards).map((c) => c.title)];
  const cols = 40;
  const cells = texts.map((t, i) => `<text x="${(i % cols) * (width / cols)}" y="${20 + Math.floor(i / cols) * 20}" font-size="12">${t}</text>`).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="Noto Sans">${cells}</svg>`;
}

async function median(runs: number, fn: () => unknown): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export async function benchExport(runs = 3): Promise<BenchResult[]> {
  const doc = largeMap();
  const svg = renderMapSvg(doc);
  const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
  const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
  const table = plainTable(doc, width, height);
  const baselineMs = await median(runs, () => svgToPng(table));
  const png = await median(runs, () => renderPng(doc));
  const pdf = await median(runs, () => renderPdf(doc));
  return [
    { name: `renderPng 40 steps × 20 lanes × 5 personas (${width}×${height})`, ms: png, baselineMs, ratio: png / baselineMs },
    { name: "renderPdf 40 steps × 20 lanes × 5 personas", ms: pdf, baselineMs, ratio: pdf / baselineMs },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchExport());
