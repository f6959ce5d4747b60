import * as core from "@kaart/core";
import type { JourneyDocument, OperationContext, OperationResult, RandomSource } from "@kaart/core";

/**
 * A scripted editing session that uses every core operation at least once, for the tests that
 * hold the Yjs binding to core: each step is run against the current plain document and its
 * patch applied to both the plain document and a Y.Doc. Test support; free of Node on purpose.
 */
export interface ScenarioStep {
  operation: string;
  run: (doc: JourneyDocument, ctx: OperationContext) => OperationResult<unknown>;
}

/** Deterministic bytes: a counter in the first bytes, so ids differ from call to call. */
export function countingRandom(seed: number): RandomSource {
  let n = 0;
  return (bytes) => {
    n++;
    return Uint8Array.from({ length: bytes }, (_, i) => (i < 3 ? (n >> (6 * i)) & 63 : (seed * 13 + i) & 63));
  };
}

export function scenarioStart(): JourneyDocument {
  return core.emptyDocument({ mapId: "map:scenario", title: "Opening an account", now: "2026-01-01T00:00:00.000Z" });
}

/** The steps, in order; ids made by earlier steps are read back from their results. */
export function everyOperationScenario(): ScenarioStep[] {
  const ids: Record<string, string> = {};
  const keep = (name: string, r: OperationResult<unknown>) => {
    if (r.ok && typeof r.value === "string") ids[name] = r.value;
    return r;
  };
  const id = <T extends string>(name: string) => ids[name] as T;
  const step = (operation: string, run: ScenarioStep["run"]): ScenarioStep => ({ operation, run });
  const text = (runs: core.RichText) => ({ kind: "text" as const, text: runs });
  return [
    step("addPersona", (d, c) => keep("mia", core.addPersona(d, { name: "Mia", age: 34 }, c))),
    step("addPersona", (d, c) => keep("ben", core.addPersona(d, { name: "Ben" }, c))),
    step("attachPersona", (d, c) => core.attachPersona(d, { personaId: id("mia") }, c)),
    step("attachPersona", (d, c) => core.attachPersona(d, { personaId: id("ben") }, c)),
    step("detachPersona", (d, c) => core.detachPersona(d, { personaId: id("ben") }, c)),
    step("updatePersona", (d, c) => core.updatePersona(d, { personaId: id("mia"), changes: { name: "Mia K.", quote: "Just let me in", needs: ["Speed"] } }, c)),
    step("updatePersona", (d, c) => core.updatePersona(d, { personaId: id("mia"), changes: { quote: "Please just let me in", age: null } }, c)),
    step("addStage", (d, c) => keep("apply", core.addStage(d, { name: "Aply" }, c))),
    step("addStage", (d, c) => keep("learn", core.addStage(d, { name: "Learn", position: { before: id("apply") } }, c))),
    step("renameStage", (d, c) => core.renameStage(d, { stageId: id("apply"), name: "Apply" }, c)),
    step("moveStage", (d, c) => core.moveStage(d, { stageId: id("learn"), position: { after: id("apply") } }, c)),
    step("moveStage", (d, c) => core.moveStage(d, { stageId: id("learn"), position: { before: id("apply") } }, c)),
    step("addStep", (d, c) => keep("s1", core.addStep(d, { stageId: id("learn"), name: "Read" }, c))),
    step("addStep", (d, c) => keep("s2", core.addStep(d, { stageId: id("learn"), name: "Compare" }, c))),
    step("addStep", (d, c) => keep("s3", core.addStep(d, { stageId: id("apply"), name: "Fill form" }, c))),
    step("renameStep", (d, c) => core.renameStep(d, { stepId: id("s1"), name: "Read reviews" }, c)),
    step("moveStep", (d, c) => core.moveStep(d, { stepId: id("s2"), stageId: id("apply"), position: { before: id("s3") } }, c)),
    step("moveStep", (d, c) => core.moveStep(d, { stepId: id("s2"), position: { after: id("s3") } }, c)),
    step("addLane", (d, c) => keep("does", core.addLane(d, { type: "actions", name: "Does" }, c))),
    step("addLane", (d, c) => keep("pains", core.addLane(d, { type: "painPoints", name: "Pains", personaId: id("ben") }, c))),
    step("addLane", (d, c) => keep("where", core.addLane(d, { type: "touchpoints", name: "Where" }, c))),
    step("renameLane", (d, c) => core.renameLane(d, { laneId: id("does"), name: "Doing" }, c)),
    step("moveLane", (d, c) => core.moveLane(d, { laneId: id("where"), position: { before: id("does") } }, c)),
    step("addTouchpoint", (d, c) => keep("web", core.addTouchpoint(d, { name: "Web", channel: "web" }, c))),
    step("addTouchpoint", (d, c) => keep("branch", core.addTouchpoint(d, { name: "Branch", channel: "inPerson", description: "Old town" }, c))),
    step("updateTouchpoint", (d, c) => core.updateTouchpoint(d, { touchpointId: id("branch"), changes: { name: "Branch office", ownerTeam: "Retail" } }, c)),
    step("setCellContent", (d, c) => core.setCellContent(d, { laneId: id("does"), at: id("s1"), content: text([{ text: "Reads " }, { text: "many", bold: true }, { text: " reviews" }]) }, c)),
    step("setCellContent", (d, c) => core.setCellContent(d, { laneId: id("does"), at: id("s1"), content: text([{ text: "Reads " }, { text: "many!", bold: true }, { text: " reviews" }]) }, c)),
    step("setCellContent", (d, c) => core.setCellContent(d, { laneId: id("does"), at: id("s1"), content: text([{ text: "Reads reviews" }]) }, c)),
    step("setCellContent", (d, c) => core.setCellContent(d, { laneId: id("does"), at: id("s1"), content: text([{ text: "Reads " }, { text: "x", italic: true }, { text: "reviews" }]) }, c)),
    step("setCellContent", (d, c) => core.setCellContent(d, { laneId: id("does"), at: id("s1"), content: text([{ text: "Reads reviews" }]) }, c)),
    step("setCellContent", (d, c) => core.setCellContent(d, { laneId: id("where"), at: id("s1"), content: { kind: "touchpoints", touchpointIds: [id("web"), id("branch")] } }, c)),
    step("setCellContent", (d, c) => core.setCellContent(d, { laneId: id("does"), at: id("apply"), content: text([{ text: "Signs", href: "https://example.com/sign" }]) }, c)),
    step("setCellContent", (d, c) => core.setCellContent(d, { laneId: id("does"), at: id("apply"), content: text([{ text: "E-Signs", href: "https://example.com/sign" }]) }, c)),
    step("setCellContent", (d, c) => core.setCellContent(d, { laneId: id("does"), at: id("apply"), content: { kind: "metrics", metrics: [{ name: "Completion", value: 40, unit: "%" }] } }, c)),
    step("setCellContent", (d, c) => core.setCellContent(d, { laneId: id("does"), at: id("apply"), content: text([{ text: "Signs", bold: true }]) }, c)),
    step("addCard", (d, c) => keep("c1", core.addCard(d, { laneId: id("pains"), at: id("s3"), kind: "painPoint", title: "Too many fields", severity: 4 }, c))),
    step("addCard", (d, c) => keep("c2", core.addCard(d, { laneId: id("pains"), at: id("s3"), kind: "opportunity", title: "Prefill", body: [{ text: "From the " }, { text: "ID card", bold: true }] }, c))),
    step("updateCard", (d, c) => core.updateCard(d, { cardId: id("c2"), changes: { title: "Prefill data", body: [{ text: "From the " }, { text: "ID card!", bold: true }], impact: 5 } }, c)),
    step("updateCard", (d, c) => core.updateCard(d, { cardId: id("c2"), changes: { body: [{ text: "From the ID card!" }], impact: null } }, c)),
    step("moveCard", (d, c) => core.moveCard(d, { cardId: id("c2"), position: { before: id("c1") } }, c)),
    step("moveCard", (d, c) => core.moveCard(d, { cardId: id("c1"), at: id("s2") }, c)),
    step("setEmotion", (d, c) => core.setEmotion(d, { stepId: id("s1"), personaId: id("mia"), score: 1, note: "Curious" }, c)),
    step("setEmotion", (d, c) => core.setEmotion(d, { stepId: id("s1"), personaId: id("mia"), score: 2, note: "Very curious" }, c)),
    step("setEmotion", (d, c) => core.setEmotion(d, { stepId: id("s3"), variant: "toBe", score: -1 }, c)),
    step("setEmotion", (d, c) => core.setEmotion(d, { stepId: id("s3"), personaId: id("ben"), score: -2 }, c)),
    step("removeEmotion", (d, c) => core.removeEmotion(d, { stepId: id("s3"), variant: "toBe" }, c)),
    step("flagMoment", (d, c) => core.flagMoment(d, { stepId: id("s3"), why: "Drop-off" }, c)),
    step("flagMoment", (d, c) => core.flagMoment(d, { stepId: id("s3"), why: "Most drop-off" }, c)),
    step("flagMoment", (d, c) => core.flagMoment(d, { stepId: id("s1"), why: "First impression" }, c)),
    step("unflagMoment", (d, c) => core.unflagMoment(d, { stepId: id("s1") }, c)),
    step("addFlowEdge", (d, c) => keep("loop", core.addFlowEdge(d, { from: id("s3"), to: id("s1"), kind: "loop", label: "Needs more info" }, c))),
    step("addFlowEdge", (d, c) => keep("fork", core.addFlowEdge(d, { from: id("s1"), to: id("s3"), kind: "branch" }, c))),
    step("updateMapInfo", (d, c) => core.updateMapInfo(d, { title: "Opening a bank account", description: "Online", locales: ["en", "lv"], scope: { scenario: "First account" }, accessibility: { title: "Map" }, tags: ["bank"] }, c)),
    step("updateMapInfo", (d, c) => core.updateMapInfo(d, { description: "Online and in a branch", kind: "futureState", emotionScale: core.EMOTION_SCALES.qualtrics, region: "LV" }, c)),
    step("setTranslation", (d, c) => core.setTranslation(d, { locale: "lv", recordId: id("apply"), field: "name", value: "Pieteikties" }, c)),
    step("setTranslation", (d, c) => core.setTranslation(d, { locale: "lv", recordId: id("apply"), field: "name", value: "Pieteikšanās" }, c)),
    step("setTranslation", (d, c) => core.setTranslation(d, { locale: "lv", recordId: core.cellIdFor(id("does"), id("s1")), field: "content.text", value: [{ text: "Lasa " }, { text: "atsauksmes", italic: true }] }, c)),
    step("setTranslation", (d, c) => core.setTranslation(d, { locale: "lv", recordId: core.cellIdFor(id("does"), id("s1")), field: "content.text", value: [{ text: "Lasa " }, { text: "daudz atsauksmes", italic: true }] }, c)),
    step("setTranslation", (d, c) => core.setTranslation(d, { locale: "lv", recordId: "map:scenario", field: "scope.scenario", value: "Pirmais konts" }, c)),
    step("setStepBinding", (d, c) => core.setStepBinding(d, { stepId: id("s3"), binding: { activities: ["form_opened"], patterns: ["form_*"] } }, c)),
    step("setStepBinding", (d, c) => core.setStepBinding(d, { stepId: id("s3"), binding: null }, c)),
    step("removeTouchpoint", (d, c) => core.removeTouchpoint(d, { touchpointId: id("branch") }, c)),
    step("removeFlowEdge", (d, c) => core.removeFlowEdge(d, { flowId: id("fork") }, c)),
    step("removeCard", (d, c) => core.removeCard(d, { cardId: id("c1") }, c)),
    step("clearCell", (d, c) => core.clearCell(d, { laneId: id("where"), at: id("s1") }, c)),
    step("removePersona", (d, c) => core.removePersona(d, { personaId: id("ben") }, c)),
    step("removeLane", (d, c) => core.removeLane(d, { laneId: id("where") }, c)),
    step("removeStep", (d, c) => core.removeStep(d, { stepId: id("s1") }, c)),
    step("updateMapInfo", (d, c) => core.updateMapInfo(d, { locales: ["en"] }, c)),
    step("removeStage", (d, c) => core.removeStage(d, { stageId: id("apply") }, c)),
  ];
}
