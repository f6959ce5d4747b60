/**
 * A large, deterministic map for benchmarks (analysis, validation, rendering): by default 40 steps
 * in 8 stages × 20 lanes of every kind × 5 personas, with text, touchpoint, evidence and metric
 * cells, pain-point/opportunity/idea cards and asIs + toBe scores. Same input every run (a seeded
 * generator), so timings compare across commits. Valid by construction (large-map.test.ts checks).
 */
import { CURRENT_SCHEMA_VERSION } from "../src/records/migration";
import { DOCUMENT_FORMAT, type JourneyDocument } from "../src/document/journey-document";
import { LANE_TYPES, type LaneType } from "../src/records/lane";
import { cellIdFor, type CellContent } from "../src/records/cell";
import { emotionIdFor } from "../src/records/emotion-point";
import type { Card } from "../src/records/card";

export interface LargeMapSize {
  steps?: number;
  stages?: number;
  lanes?: number;
  personas?: number;
}

export function buildLargeMap(size: LargeMapSize = {}): JourneyDocument {
  const { steps = 40, stages = 8, lanes = 20, personas = 5 } = size;
  const next = seeded(42);
  const doc = skeleton();
  const key = (i: number) => `a${String(i).padStart(5, "0")}`;
  for (let p = 0; p < personas; p++) doc.personas[`persona:p${p}`] = persona(p);
  const touchpointCount = Math.max(1, Math.round(steps / 3));
  for (let t = 0; t < touchpointCount; t++) {
    doc.touchpoints[`touchpoint:t${t}`] = { id: `touchpoint:t${t}`, name: `Touchpoint ${t}`, channel: "web", online: true, ...(t % 4 ? { ownerTeam: `Team ${t % 3}` } : {}) };
  }
  for (let s = 0; s < stages; s++) doc.stages[`stage:st${s}`] = { id: `stage:st${s}`, name: `Stage ${s}`, order: key(s), kpis: [] };
  for (let i = 0; i < steps; i++) {
    const stageId = `stage:st${Math.floor((i * stages) / steps)}` as const;
    doc.steps[`step:sp${i}`] = { id: `step:sp${i}`, stageId, name: `Step ${i}`, order: key(i), ...(i % 13 === 5 ? { momentThatMatters: { why: "Pick-up" } } : {}) };
  }
  const laneTypes: LaneType[] = Array.from({ length: lanes }, (_, l) => LANE_TYPES[l % LANE_TYPES.length]!);
  laneTypes.forEach((type, l) => {
    doc.lanes[`lane:l${l}`] = { id: `lane:l${l}`, type, name: `Lane ${l}`, order: key(l) };
  });
  let cardNo = 0;
  for (let i = 0; i < steps; i++) {
    const stepId = `step:sp${i}` as const;
    laneTypes.forEach((type, l) => {
      const laneId = `lane:l${l}` as const;
      if (type === "painPoints" || type === "opportunities" || type === "ideas") {
        for (let c = 0; c < 2; c++) doc.cards[`card:c${cardNo}`] = card(cardNo++, laneId, stepId, type, c, next);
        return;
      }
      if (type === "emotions") return;
      const id = cellIdFor(laneId, stepId);
      doc.cells[id] = { id, laneId, stepId, content: content(type, i, touchpointCount, next) };
    });
    for (let p = 0; p < personas; p++) {
      for (const variant of ["asIs", "toBe"] as const) {
        const id = emotionIdFor(stepId, `persona:p${p}`, variant);
        doc.emotions[id] = { id, stepId, personaId: `persona:p${p}`, variant, score: Math.round(next() * 4) - 2 };
      }
    }
  }
  return doc;
}

function content(type: LaneType, step: number, touchpoints: number, next: () => number): CellContent {
  if (type === "touchpoints" || type === "channels") return { kind: "touchpoints", touchpointIds: [`touchpoint:t${step % touchpoints}`, `touchpoint:t${Math.floor(next() * touchpoints)}`] };
  if (type === "evidence") return step % 3 ? { kind: "evidence", items: [{ kind: "quote", text: `Quote ${step}` }] } : { kind: "evidence", items: [] };
  if (type === "metrics") return { kind: "metrics", metrics: [{ name: "Conversion", value: Math.round(next() * 100), unit: "%" }] };
  return { kind: "text", text: [{ text: `Text at step ${step}, lane ${type}` }] };
}

function card(n: number, laneId: Card["laneId"], stepId: Card["stepId"], type: LaneType, c: number, next: () => number): Card {
  const one = () => 1 + Math.floor(next() * 5);
  const base = { id: `card:c${n}` as const, laneId, stepId, order: `a${c}`, title: `Card ${n}` };
  if (type === "painPoints") return { ...base, kind: "painPoint", severity: one(), ...(n % 5 === 0 ? { evidence: [{ kind: "ticket" as const, text: "Ticket" }] } : {}) };
  return { ...base, kind: type === "ideas" ? "idea" : "opportunity", impact: one(), effort: one(), status: n % 7 === 0 ? "done" : "open" };
}

function persona(p: number): JourneyDocument["personas"][string] {
  return {
    id: `persona:p${p}`, name: `Persona ${p}`, professionalGoals: [], personalGoals: [], needs: [], frustrations: [],
    motivations: [], behaviours: [], preferredChannels: [], attributes: [],
  };
}

function skeleton(): JourneyDocument {
  const now = "2026-01-01T00:00:00.000Z";
  return {
    format: DOCUMENT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    map: {
      id: "map:large", title: "Large map", kind: "currentState", scope: { targetPersonaIds: ["persona:p0"], kpis: [] },
      sourceLocale: "en", locales: ["en"], tags: [], accessibility: {}, emotionScale: { name: "kaart", min: -2, max: 2 },
      createdAt: now, updatedAt: now, links: [],
    },
    stages: {}, steps: {}, lanes: {}, cells: {}, cards: {}, emotions: {}, personas: {}, touchpoints: {}, flows: {}, anchors: {}, translations: {},
  };
}

/** Park–Miller generator: deterministic, good enough to spread scores and ratings. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 48271) % 2147483647;
    return s / 2147483647;
  };
}
