import { toPointer } from "../document/document-issue";
import { orderedStages, stepsOfStage } from "../document/ordered-records";
import type { LintRule } from "./lint-warning";

/** Stages and steps: none at all, stages without steps or without content, missing names. */
export const structureRules: LintRule = (doc, report) => {
  const stages = orderedStages(doc);
  if (!stages.length) report("no_stages", "/stages", "the map has no stages yet");
  const filled = new Set<string>();
  for (const c of Object.values(doc.cells)) if (c.stepId) filled.add(c.stepId);
  for (const c of Object.values(doc.cards)) if (c.stepId) filled.add(c.stepId);
  for (const p of Object.values(doc.emotions)) filled.add(p.stepId);
  const stageFilled = new Set<string>();
  for (const c of Object.values(doc.cells)) if (c.stageId) stageFilled.add(c.stageId);
  for (const c of Object.values(doc.cards)) if (c.stageId) stageFilled.add(c.stageId);
  stages.forEach((stage, i) => {
    const pointer = toPointer(["stages", stage.id]);
    const label = stage.name.trim() ? `stage "${stage.name}"` : `stage ${i + 1}`;
    if (!stage.name.trim()) report("unnamed_stage", toPointer(["stages", stage.id, "name"]), `${label} has no name`);
    const steps = stepsOfStage(doc, stage.id);
    if (!steps.length) report("stage_without_steps", pointer, `${label} has no steps`);
    else if (!stageFilled.has(stage.id) && !steps.some((s) => filled.has(s.id))) report("empty_stage", pointer, `${label} has steps but nothing in them`);
    for (const step of steps) {
      if (!step.name.trim()) report("unnamed_step", toPointer(["steps", step.id, "name"]), `a step of ${label} has no name`);
    }
  });
};
