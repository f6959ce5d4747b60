import { emptyDocument, type JourneyDocument } from "../document/journey-document";
import { cellIdFor } from "../records/cell";
import { emotionIdFor } from "../records/emotion-point";
import { translationIdFor } from "../records/translation";

/**
 * A small but complete document used by the format and lint tests: two stages, three steps,
 * text/card/touchpoint/image lanes, two personas with scores, a translation, and text that looks
 * like HTML and like a spreadsheet formula (both must stay inert in every writer).
 */
export function sampleDocument(): JourneyDocument {
  const doc = emptyDocument({ mapId: "map:sample", title: "Buying a bike", now: "2026-01-01T00:00:00.000Z" });
  doc.map.locales = ["en", "lv"];
  doc.map.accessibility = { title: "Bike purchase journey", description: "From research to the first ride." };
  doc.stages["stage:research"] = { id: "stage:research", name: "Research", order: "a0", kpis: [] };
  doc.stages["stage:buy"] = { id: "stage:buy", name: "Buy", order: "a1", kpis: [] };
  doc.steps["step:compare"] = { id: "step:compare", stageId: "stage:research", name: "Compare models", order: "a0" };
  doc.steps["step:visit"] = { id: "step:visit", stageId: "stage:research", name: "Visit <b>shop</b>", order: "a1" };
  doc.steps["step:pay"] = { id: "step:pay", stageId: "stage:buy", name: "Pay | sign", order: "a0" };
  doc.lanes["lane:does"] = { id: "lane:does", type: "actions", name: "Does", order: "a0" };
  doc.lanes["lane:pain"] = { id: "lane:pain", type: "painPoints", name: "Pain points", order: "a1" };
  doc.lanes["lane:where"] = { id: "lane:where", type: "touchpoints", name: "Touchpoints", order: "a2" };
  doc.lanes["lane:pics"] = { id: "lane:pics", type: "images", name: "Photos", order: "a3" };
  const text = (laneId: "lane:does", at: "step:compare" | "step:visit" | "step:pay", value: string) => {
    doc.cells[cellIdFor(laneId, at)] = { id: cellIdFor(laneId, at), laneId, stepId: at, content: { kind: "text", text: [{ text: value }] } };
  };
  text("lane:does", "step:compare", "Reads reviews\non two sites");
  text("lane:does", "step:visit", "<script>alert(1)</script>");
  text("lane:does", "step:pay", "=SUM(A1:A2)");
  doc.cards["card:queue"] = { id: "card:queue", laneId: "lane:pain", stepId: "step:pay", order: "a0", kind: "painPoint", title: "Long queue", severity: 4 };
  doc.cards["card:cash"] = { id: "card:cash", laneId: "lane:pain", stepId: "step:pay", order: "a1", kind: "painPoint", title: "Cash only" };
  doc.touchpoints["touchpoint:web"] = { id: "touchpoint:web", name: "Shop website", channel: "web", online: true };
  doc.cells[cellIdFor("lane:where", "step:compare")] = {
    id: cellIdFor("lane:where", "step:compare"), laneId: "lane:where", stepId: "step:compare", content: { kind: "touchpoints", touchpointIds: ["touchpoint:web"] },
  };
  doc.cells[cellIdFor("lane:pics", "step:visit")] = {
    id: cellIdFor("lane:pics", "step:visit"), laneId: "lane:pics", stepId: "step:visit", content: { kind: "image", assetId: "asset-1", alt: "" },
  };
  const persona = (id: "persona:ann" | "persona:ben", name: string) => {
    doc.personas[id] = {
      id, name, professionalGoals: [], personalGoals: [], needs: [], frustrations: [], motivations: [], behaviours: [], preferredChannels: [], attributes: [],
    };
  };
  persona("persona:ann", "Ann");
  persona("persona:ben", "Ben");
  doc.map.scope.targetPersonaIds = ["persona:ann", "persona:ben"];
  const score = (stepId: "step:compare" | "step:visit" | "step:pay", personaId: "persona:ann" | "persona:ben", value: number) => {
    const id = emotionIdFor(stepId, personaId, "asIs");
    doc.emotions[id] = { id, stepId, personaId, variant: "asIs", score: value };
  };
  score("step:compare", "persona:ann", 1);
  score("step:compare", "persona:ben", 1);
  score("step:visit", "persona:ann", 2);
  score("step:pay", "persona:ben", -2);
  const tr = translationIdFor("lv", "stage:research", "name");
  doc.translations[tr] = { id: tr, locale: "lv", recordId: "stage:research", field: "name", value: "Izpēte" };
  return doc;
}
