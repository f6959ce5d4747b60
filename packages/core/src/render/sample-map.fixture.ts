import { emptyDocument, type JourneyDocument } from "../document/journey-document";
import type { CardId, LaneId, PersonaId, StageId, StepId, TouchpointId } from "../records/ids";
import type { LaneType } from "../records/lane";
import { cellIdFor } from "../records/cell";
import { emotionIdFor } from "../records/emotion-point";
import { richText } from "../records/rich-text";
import { translationIdFor } from "../records/translation";

/**
 * A bank-account-opening map exercising everything the renderer draws: two personas, as-is and
 * to-be curves, cards, touchpoints, an image, metrics, a moment that matters, flow edges, a
 * Latvian translation and hostile text. Used by the render tests and to look at the output.
 */
export function sampleMap(options: { sourceLocale?: string } = {}): JourneyDocument {
  const doc = emptyDocument({ mapId: "map:sample", title: "Opening a bank account <script>alert(1)</script>", now: "2026-01-01T00:00:00Z", sourceLocale: options.sourceLocale ?? "en" });
  doc.map.description = "How a new customer opens an account online or in a branch, & what gets in the way.";
  doc.map.locales = [doc.map.sourceLocale, "lv"];
  const stages: Array<[StageId, string, string[]]> = [
    ["stage:aware", "Awareness", ["See an advert", "Ask friends"]],
    ["stage:consider", "Consideration", ["Compare tariffs on the website", "Visit a branch"]],
    ["stage:open", "Account opening", ["Fill in the online form", "Verify identity", "Receive card"]],
  ];
  stages.forEach(([id, name, steps], i) => {
    doc.stages[id] = { id, name, order: `a${i}`, kpis: [] };
    steps.forEach((stepName, j) => {
      const stepId: StepId = `step:${id.slice(6)}${j}`;
      doc.steps[stepId] = { id: stepId, stageId: id, name: stepName, order: `a${j}` };
    });
  });
  doc.stages["stage:open"]!.customerGoal = "An account that works the same day";
  doc.stages["stage:open"]!.kpis = [{ name: "Drop-out", value: 38, target: 20, unit: "%" }];
  doc.steps["step:open1"]!.momentThatMatters = { why: "Most drop-outs happen here" };
  const lanes: Array<[LaneId, LaneType, string]> = [
    ["lane:actions", "actions", "Actions"],
    ["lane:touch", "touchpoints", "Touchpoints"],
    ["lane:feel", "emotions", "Emotions"],
    ["lane:pain", "painPoints", "Pain points"],
    ["lane:opp", "opportunities", "Opportunities"],
    ["lane:metrics", "metrics", "Metrics"],
    ["lane:img", "images", "Screens"],
  ];
  lanes.forEach(([id, type, name], i) => (doc.lanes[id] = { id, type, name, order: `a${i}` }));
  const text = (lane: LaneId, step: StepId, value: string): void => {
    doc.cells[cellIdFor(lane, step)] = { id: cellIdFor(lane, step), laneId: lane, stepId: step, content: { kind: "text", text: richText(value) } };
  };
  text("lane:actions", "step:aware0", "Notices a billboard about a free current account while commuting to work every morning");
  text("lane:actions", "step:consider0", "Opens three tabs and compares monthly fees, card fees and interest on savings for ten minutes");
  text("lane:actions", "step:open0", "Types personal details <b>twice</b> because the form resets after an error");
  text("lane:actions", "step:open1", "Uploads a passport photo and waits for a video call");
  const personas: Array<[PersonaId, string]> = [
    ["persona:anna", "Anna, student"],
    ["persona:peter", "Peter, small business owner"],
  ];
  for (const [id, name] of personas) {
    doc.personas[id] = { id, name, professionalGoals: [], personalGoals: [], needs: [], frustrations: [], motivations: [], behaviours: [], preferredChannels: [], attributes: [] };
  }
  doc.map.scope.targetPersonaIds = personas.map(([id]) => id);
  const scores: Record<string, number[]> = { "persona:anna": [1, 1, 0, 1, -1, -2, 2], "persona:peter": [0, 1, -1, 0, -2, -1, 1] };
  const stepIds = Object.keys(doc.steps) as StepId[];
  for (const [persona, values] of Object.entries(scores) as Array<[PersonaId, number[]]>) {
    values.forEach((score, i) => {
      const stepId = stepIds[i]!;
      const asIs = emotionIdFor(stepId, persona, "asIs");
      doc.emotions[asIs] = { id: asIs, stepId, personaId: persona, variant: "asIs", score };
      if (persona === "persona:anna") {
        const toBe = emotionIdFor(stepId, persona, "toBe");
        doc.emotions[toBe] = { id: toBe, stepId, personaId: persona, variant: "toBe", score: Math.min(2, score + 1) };
      }
    });
  }
  const touchpoints: Array<[TouchpointId, string, "web" | "ads" | "inPerson" | "app" | "email" | "phone", boolean]> = [
    ["touchpoint:billboard", "Billboard", "ads", false],
    ["touchpoint:site", "Tariff page", "web", true],
    ["touchpoint:branch", "Branch desk", "inPerson", false],
    ["touchpoint:app", "Mobile app", "app", true],
    ["touchpoint:mail", "Welcome e-mail", "email", true],
    ["touchpoint:call", "Video call", "phone", true],
  ];
  for (const [id, name, channel, online] of touchpoints) doc.touchpoints[id] = { id, name, channel, online };
  const touch = (step: StepId, ids: TouchpointId[]): void => {
    const id = cellIdFor("lane:touch", step);
    doc.cells[id] = { id, laneId: "lane:touch", stepId: step, content: { kind: "touchpoints", touchpointIds: ids } };
  };
  touch("step:aware0", ["touchpoint:billboard"]);
  touch("step:consider0", ["touchpoint:site", "touchpoint:app"]);
  touch("step:consider1", ["touchpoint:branch"]);
  touch("step:open1", ["touchpoint:app", "touchpoint:call"]);
  touch("step:open2", ["touchpoint:mail"]);
  const card = (id: CardId, lane: LaneId, step: StepId, fields: Partial<JourneyDocument["cards"][string]>): void => {
    doc.cards[id] = { id, laneId: lane, stepId: step, order: "a0", kind: "note", title: "", ...fields };
  };
  card("card:p1", "lane:pain", "step:open0", { kind: "painPoint", title: "Form loses data after a validation error", severity: 4 });
  card("card:p2", "lane:pain", "step:open1", { kind: "painPoint", title: "Waiting 25 minutes for a video call", severity: 5, body: richText("Seen in 40 % of support tickets") });
  card("card:o1", "lane:opp", "step:open0", { kind: "opportunity", title: "Keep form state between attempts", impact: 4, effort: 2, status: "inProgress", owner: "Web team" });
  card("card:o2", "lane:opp", "step:open1", { kind: "opportunity", title: "Offer NFC passport scan instead of a call", impact: 5, effort: 4, status: "planned" });
  doc.cells[cellIdFor("lane:metrics", "stage:open")] = {
    id: cellIdFor("lane:metrics", "stage:open"),
    laneId: "lane:metrics",
    stageId: "stage:open",
    content: { kind: "metrics", metrics: [{ name: "Completion rate", value: 62, target: 75, unit: "%" }, { name: "Time to open", value: 18, unit: "min" }] },
  };
  doc.cells[cellIdFor("lane:img", "step:open0")] = {
    id: cellIdFor("lane:img", "step:open0"),
    laneId: "lane:img",
    stepId: "step:open0",
    content: { kind: "image", assetId: "asset:form", alt: "Screenshot of the account form with an error message", caption: "Form, step 2" },
  };
  doc.flows["flow:retry"] = { id: "flow:retry", from: "step:open1", to: "step:open0", kind: "loop", label: "Retry", share: 0.3 };
  doc.flows["flow:branch"] = { id: "flow:branch", from: "step:consider0", to: "step:open0", kind: "branch", label: "Online" };
  const tr = (recordId: string, field: string, value: string): void => {
    const id = translationIdFor("lv", recordId, field);
    doc.translations[id] = { id, locale: "lv", recordId, field, value };
  };
  tr("stage:aware", "name", "Informētība");
  tr("stage:open", "name", "Konta atvēršana");
  tr("step:open0", "name", "Aizpilda tiešsaistes veidlapu");
  tr("lane:actions", "name", "Darbības");
  tr(cellIdFor("lane:actions", "step:aware0"), "content.text", "Ceļā uz darbu ierauga reklāmas stendu par bezmaksas kontu");
  return doc;
}
