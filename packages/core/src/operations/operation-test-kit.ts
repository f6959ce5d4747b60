import { applyPatch } from "../patch/apply-patch";
import type { OperationResult } from "../patch/operation-result";
import { emptyDocument, type JourneyDocument } from "../document/journey-document";
import { validateDocument } from "../document/validate-document";
import { cellIdFor } from "../records/cell";
import { emotionIdFor } from "../records/emotion-point";
import { translationIdFor } from "../records/translation";
import type { RandomSource } from "../records/ids";
import type { OperationContext } from "./operation-context";

/**
 * What the operation tests share: a small journey that has one of everything (so cascades have
 * something to reach), a deterministic context, and `applied`, which applies a successful result
 * and insists the outcome validates. Test-only, but free of Node so it compiles with core.
 */

/** Deterministic bytes: a counter in the first bytes, so ids differ from call to call and are the same in every run. */
export function countingRandom(seed = 1): RandomSource {
  let n = 0;
  return (bytes) => {
    n++;
    return Uint8Array.from({ length: bytes }, (_, i) => (i < 3 ? (n >> (6 * i)) & 63 : (seed * 13 + i) & 63));
  };
}

export const NOW = "2026-03-01T12:00:00.000Z";

export function testContext(seed = 1): OperationContext {
  return { now: NOW, random: countingRandom(seed) };
}

/** The result's patch applied to `doc`; throws when the operation failed or the outcome is invalid. */
export function applied<T>(doc: JourneyDocument, result: OperationResult<T>): JourneyDocument {
  if (!result.ok) throw new Error(`operation failed: ${result.error.code}: ${result.error.message}`);
  const after = applyPatch(doc, result.patch);
  const check = validateDocument(JSON.parse(JSON.stringify(after)));
  if (!check.ok) throw new Error(`invalid after operation: ${check.issues.map((i) => `${i.pointer} ${i.code}`).join(", ")}`);
  return after;
}

/**
 * Two stages (Discover: Search, Compare; Buy: Checkout), two lanes (Does, Pain points scoped to
 * Mia), two personas (Mia targeted, Ben), one touchpoint in a cell, a card, emotion points, a
 * flow, anchors and translations (lv) of a step and a cell.
 */
export function exampleJourney(): JourneyDocument {
  const doc = emptyDocument({ mapId: "map:example", title: "Buying a bike", now: "2026-01-01T00:00:00.000Z" });
  doc.map = { ...doc.map, locales: ["en", "lv"], scope: { ...doc.map.scope, targetPersonaIds: ["persona:mia"] } };
  doc.stages = {
    "stage:discover": { id: "stage:discover", name: "Discover", order: "a0", kpis: [] },
    "stage:buy": { id: "stage:buy", name: "Buy", order: "a1", kpis: [] },
  };
  doc.steps = {
    "step:search": { id: "step:search", stageId: "stage:discover", name: "Search", order: "a0" },
    "step:compare": { id: "step:compare", stageId: "stage:discover", name: "Compare", order: "a1" },
    "step:checkout": { id: "step:checkout", stageId: "stage:buy", name: "Checkout", order: "a0", momentThatMatters: { why: "Money changes hands" } },
  };
  doc.lanes = {
    "lane:does": { id: "lane:does", type: "actions", name: "Does", order: "a0" },
    "lane:pains": { id: "lane:pains", type: "painPoints", name: "Pain points", order: "a1", personaId: "persona:mia" },
    "lane:where": { id: "lane:where", type: "touchpoints", name: "Where", order: "a2" },
  };
  doc.personas = {
    "persona:mia": { id: "persona:mia", name: "Mia", professionalGoals: [], personalGoals: [], needs: [], frustrations: [], motivations: [], behaviours: [], preferredChannels: ["web"], attributes: [] },
    "persona:ben": { id: "persona:ben", name: "Ben", professionalGoals: [], personalGoals: [], needs: [], frustrations: [], motivations: [], behaviours: [], preferredChannels: [], attributes: [] },
  };
  doc.touchpoints = {
    "touchpoint:web": { id: "touchpoint:web", name: "Web shop", channel: "web", online: true },
    "touchpoint:store": { id: "touchpoint:store", name: "Store", channel: "inPerson", online: false },
  };
  const searchDoes = cellIdFor("lane:does", "step:search");
  const searchWhere = cellIdFor("lane:where", "step:search");
  const buyDoes = cellIdFor("lane:does", "stage:buy");
  doc.cells = {
    [searchDoes]: { id: searchDoes, laneId: "lane:does", stepId: "step:search", content: { kind: "text", text: [{ text: "Googles " }, { text: "bikes", bold: true }] } },
    [searchWhere]: { id: searchWhere, laneId: "lane:where", stepId: "step:search", content: { kind: "touchpoints", touchpointIds: ["touchpoint:web", "touchpoint:store"] } },
    [buyDoes]: { id: buyDoes, laneId: "lane:does", stageId: "stage:buy", content: { kind: "text", text: [{ text: "Pays" }] } },
  };
  doc.cards = {
    "card:slow": { id: "card:slow", laneId: "lane:pains", stepId: "step:checkout", order: "a0", kind: "painPoint", title: "Slow payment", severity: 4 },
    "card:fees": { id: "card:fees", laneId: "lane:pains", stepId: "step:checkout", order: "a1", kind: "painPoint", title: "Hidden fees" },
  };
  const e1 = emotionIdFor("step:search", "persona:mia", "asIs");
  const e2 = emotionIdFor("step:checkout", "persona:ben", "asIs");
  const e3 = emotionIdFor("step:compare", undefined, "toBe");
  doc.emotions = {
    [e1]: { id: e1, stepId: "step:search", personaId: "persona:mia", variant: "asIs", score: 1 },
    [e2]: { id: e2, stepId: "step:checkout", personaId: "persona:ben", variant: "asIs", score: -2 },
    [e3]: { id: e3, stepId: "step:compare", variant: "toBe", score: 2 },
  };
  doc.flows = { "flow:back": { id: "flow:back", from: "step:compare", to: "step:search", kind: "loop" } };
  doc.anchors = {
    "anchor:onstep": { id: "anchor:onstep", threadId: "t1", target: { kind: "step", id: "step:checkout" } },
    "anchor:oncell": { id: "anchor:oncell", threadId: "t2", target: { kind: "cell", id: searchDoes } },
    "anchor:onmap": { id: "anchor:onmap", threadId: "t3", target: { kind: "map" } },
  };
  const trStep = translationIdFor("lv", "step:search", "name");
  const trCell = translationIdFor("lv", searchDoes, "content.text");
  doc.translations = {
    [trStep]: { id: trStep, locale: "lv", recordId: "step:search", field: "name", value: "Meklē" },
    [trCell]: { id: trCell, locale: "lv", recordId: searchDoes, field: "content.text", value: [{ text: "Googlē" }] },
  };
  return doc;
}
