import { test } from "node:test";
import assert from "node:assert/strict";
import type { JourneyDocument } from "../document/journey-document";
import type { OperationResult } from "../patch/operation-result";
import { removeStage } from "./remove-stage";
import { removeStep } from "./remove-step";
import { removeLane } from "./remove-lane";
import { removePersona } from "./remove-persona";
import { removeTouchpoint } from "./remove-touchpoint";
import { removeCard } from "./remove-card";
import { removeFlowEdge } from "./remove-flow-edge";
import { clearCell } from "./clear-cell";
import { removeEmotion } from "./remove-emotion";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

type Removal = (doc: JourneyDocument) => Array<OperationResult<undefined>>;

const removals: Record<string, Removal> = {
  stages: (d) => Object.keys(d.stages).map((stageId) => removeStage(d, { stageId }, testContext())),
  steps: (d) => Object.keys(d.steps).map((stepId) => removeStep(d, { stepId }, testContext())),
  lanes: (d) => Object.keys(d.lanes).map((laneId) => removeLane(d, { laneId }, testContext())),
  personas: (d) => Object.keys(d.personas).map((personaId) => removePersona(d, { personaId }, testContext())),
  touchpoints: (d) => Object.keys(d.touchpoints).map((touchpointId) => removeTouchpoint(d, { touchpointId }, testContext())),
  cards: (d) => Object.keys(d.cards).map((cardId) => removeCard(d, { cardId }, testContext())),
  flows: (d) => Object.keys(d.flows).map((flowId) => removeFlowEdge(d, { flowId }, testContext())),
  cells: (d) => Object.values(d.cells).map((c) => clearCell(d, { laneId: c.laneId, at: c.stepId ?? c.stageId! }, testContext())),
  emotions: (d) => Object.values(d.emotions).map((e) => removeEmotion(d, { stepId: e.stepId, personaId: e.personaId, variant: e.variant }, testContext())),
};

test("every removal of every record leaves a valid document", () => {
  for (const [table, remove] of Object.entries(removals)) {
    const doc = exampleJourney();
    const results = remove(doc);
    assert.ok(results.length > 0, `the example has ${table}`);
    for (const r of results) applied(doc, r);
  }
});

test("removals in sequence, whatever the order, keep the document valid down to empty", () => {
  const orders = [Object.keys(removals), Object.keys(removals).reverse()];
  for (const order of orders) {
    let doc = exampleJourney();
    for (const table of order) {
      for (;;) {
        const next = removals[table]!(doc)[0];
        if (!next || (table === "cells" && next.patch.ops.every((o) => o.op !== "remove"))) break;
        doc = applied(doc, next);
      }
    }
    assert.deepEqual(Object.keys(doc.stages).length + Object.keys(doc.lanes).length + Object.keys(doc.personas).length, 0);
  }
});
