import { generateNKeysBetween } from "fractional-indexing";
import { emptyDocument, type JourneyDocument } from "../../document/journey-document";
import { validateDocument } from "../../document/validate-document";
import { cellIdFor } from "../../records/cell";
import { emotionIdFor } from "../../records/emotion-point";
import { isId, type LaneId, type PersonaId, type StageId, type StepId, type TouchpointId } from "../../records/ids";
import { laneTypeSchema, type Lane, type LaneType } from "../../records/lane";
import { issuesToFormatErrors } from "../document-issues";
import { failure, IMPORT_EPOCH, type FormatWarning, type ImportOptions, type ReadResult } from "../format-result";
import { GRID_LANE_COLUMNS } from "./document-to-grid";
import { guessLocale } from "../guess-locale";

/** Far beyond any journey map, and small enough that reading a hostile grid stays quick. */
export const MAX_GRID_COLUMNS = 5_000;
export const MAX_GRID_ROWS = 5_000;

const CARD_KIND = { painPoints: "painPoint", opportunities: "opportunity", ideas: "idea" } as const;
const SCORE_LINE = /^(?:(.*\S)\s*:\s*)?(-?\d+(?:\.\d+)?)$/;

/**
 * A new document from a grid (rows of unescaped text, as `documentToGrid` makes them): a stage
 * starts at every non-empty row-1 cell, each column with a step name or any content is a step,
 * each row from the third is a lane. Content follows the lane type: card lanes get one card per
 * line, emotions lanes one score per `persona: score` line (personas are created by name),
 * touchpoint lanes one touchpoint per line; any other lane, or lines that do not fit, a text cell.
 * Ids of stages and steps are derived from columns; lane ids in column A are kept when valid.
 * Without `options.locale` the locale is guessed from the script of the stage and step names.
 *
 * @example
 * gridToDocument([["", "", "", "Buy"], ["", "", "", "Pay"], ["lane:do", "actions", "Does", "Taps card"]], { title: "Shop" })
 */
export function gridToDocument(rows: readonly (readonly string[])[], options: ImportOptions & { title?: string } = {}): ReadResult {
  if (rows.length < 2) return failure({ code: "grid_shape", message: "a grid needs a row of stage names and a row of step names", line: rows.length + 1 });
  const warnings: FormatWarning[] = [];
  const doc = emptyDocument({ mapId: options.mapId ?? "map:grid", title: options.title ?? "", now: options.now ?? IMPORT_EPOCH, sourceLocale: options.locale ?? guessLocale(rows.slice(0, 2).flat().join(" ").slice(0, 10_000)) });
  const at = (r: number, c: number) => rows[r]?.[c] ?? "";
  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  if (width > MAX_GRID_COLUMNS || rows.length > MAX_GRID_ROWS) {
    return failure({ code: "grid_shape", message: `a grid may have at most ${MAX_GRID_ROWS} rows and ${MAX_GRID_COLUMNS} columns (this one: ${rows.length} × ${width})` });
  }
  const steps = addColumns(doc, rows, width, at);
  const laneRows = rows.slice(2).map((_, i) => i + 2).filter((r) => rows[r]!.some((cell) => cell.trim() !== ""));
  const laneKeys = generateNKeysBetween(null, null, laneRows.length);
  const importer = cellImporter(doc);
  laneRows.forEach((r, i) => {
    const lane = addLane(doc, at(r, 0), at(r, 1), at(r, 2), r, laneKeys[i]!, warnings);
    for (const [c, stepId] of steps) {
      const text = at(r, c);
      if (text.trim() !== "") importer(lane, stepId, text, r, c);
    }
  });
  const valid = validateDocument(doc);
  if (!valid.ok) return failure(...issuesToFormatErrors(valid.issues));
  return { ok: true, document: valid.document, warnings };
}

/** Stages and steps from the first two rows; returns the step of each column that has one. */
function addColumns(doc: JourneyDocument, rows: readonly (readonly string[])[], width: number, at: (r: number, c: number) => string) {
  const steps = new Map<number, StepId>();
  const columnUsed = (c: number) => rows.some((row) => (row[c] ?? "").trim() !== "");
  const used = Array.from({ length: width }, (_, c) => c).filter((c) => c >= GRID_LANE_COLUMNS && columnUsed(c));
  // A stage starts at the first used column and at every non-empty row-1 cell.
  const starts = used.filter((c, i) => i === 0 || at(0, c).trim() !== "");
  const stageKeys = generateNKeysBetween(null, null, starts.length);
  const withContent = used.filter((c) => rows.some((row, r) => r >= 1 && (row[c] ?? "").trim() !== ""));
  const startSet = new Set(starts);
  let stage: StageId | undefined;
  let position = new Map<number, number>();
  let stepKeys: string[] = [];
  let s = -1;
  let k = 0;
  for (const c of used) {
    if (startSet.has(c)) {
      s++;
      stage = `stage:c${c + 1}`;
      doc.stages[stage] = { id: stage, name: at(0, c).trim(), order: stageKeys[s]!, kpis: [] };
      const end = starts[s + 1] ?? Infinity;
      position = new Map();
      while (k < withContent.length && withContent[k]! < end) position.set(withContent[k++]!, position.size);
      stepKeys = generateNKeysBetween(null, null, position.size);
    }
    const index = position.get(c);
    if (index === undefined) continue;
    const id: StepId = `step:c${c + 1}`;
    doc.steps[id] = { id, stageId: stage!, name: at(1, c).trim(), order: stepKeys[index]! };
    steps.set(c, id);
  }
  return steps;
}

function addLane(doc: JourneyDocument, idText: string, typeText: string, name: string, r: number, order: string, warnings: FormatWarning[]): Lane {
  let id = idText.trim();
  if (!isId("lane", id) || doc.lanes[id]) {
    if (id !== "") warnings.push({ code: "grid_lane_id_replaced", message: `row ${r + 1}: ${JSON.stringify(id)} is not a new lane id; a new one was made`, line: r + 1 });
    id = `lane:r${r + 1}`;
  }
  const type = laneTypeSchema.safeParse(typeText.trim());
  if (!type.success && typeText.trim() !== "") {
    warnings.push({ code: "grid_unknown_lane_type", message: `row ${r + 1}: lane type ${JSON.stringify(typeText)} is unknown; read as text`, line: r + 1 });
  }
  const lane: Lane = { id: id as LaneId, type: type.success ? type.data : ("text" satisfies LaneType), name: name.trim().slice(0, 500), order };
  doc.lanes[lane.id] = lane;
  return lane;
}

/** Puts one grid cell's text into the document the way its lane type reads it. */
function cellImporter(doc: JourneyDocument) {
  const personas = new Map<string, PersonaId>();
  const touchpoints = new Map<string, TouchpointId>();
  const personaFor = (name: string): PersonaId => {
    const known = personas.get(name);
    if (known) return known;
    const id: PersonaId = `persona:g${personas.size + 1}`;
    personas.set(name, id);
    doc.personas[id] = { id, name: name.slice(0, 200), professionalGoals: [], personalGoals: [], needs: [], frustrations: [], motivations: [], behaviours: [], preferredChannels: [], attributes: [] };
    // A fresh array: the schema's default scope object is shared between documents.
    doc.map.scope = { ...doc.map.scope, targetPersonaIds: [...doc.map.scope.targetPersonaIds, id] };
    return id;
  };
  const touchpointFor = (name: string): TouchpointId => {
    const known = touchpoints.get(name);
    if (known) return known;
    const id: TouchpointId = `touchpoint:g${touchpoints.size + 1}`;
    touchpoints.set(name, id);
    doc.touchpoints[id] = { id, name: name.slice(0, 300), channel: "other", online: true };
    return id;
  };
  return (lane: Lane, stepId: StepId, text: string, r: number, c: number) => {
    const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== "");
    if (lane.type in CARD_KIND) {
      const keys = generateNKeysBetween(null, null, lines.length);
      lines.forEach((title, n) => {
        const id = `card:r${r + 1}c${c + 1}n${n + 1}` as const;
        doc.cards[id] = { id, laneId: lane.id, stepId, order: keys[n]!, kind: CARD_KIND[lane.type as keyof typeof CARD_KIND], title: title.slice(0, 1_000) };
      });
      return;
    }
    if (lane.type === "emotions" && lines.every((l) => SCORE_LINE.test(l))) {
      for (const line of lines) {
        const [, who, score] = SCORE_LINE.exec(line)!;
        const personaId = who ? personaFor(who) : lane.personaId;
        const id = emotionIdFor(stepId, personaId, "asIs");
        doc.emotions[id] = { id, stepId, ...(personaId ? { personaId } : {}), variant: "asIs", score: Number(score) };
      }
      return;
    }
    const id = cellIdFor(lane.id, stepId);
    if (lane.type === "touchpoints") {
      doc.cells[id] = { id, laneId: lane.id, stepId, content: { kind: "touchpoints", touchpointIds: [...new Set(lines.map(touchpointFor))] } };
      return;
    }
    doc.cells[id] = { id, laneId: lane.id, stepId, content: { kind: "text", text: [{ text: text.slice(0, 20_000) }] } };
  };
}
