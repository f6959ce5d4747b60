import type { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { newId, type FlowId } from "../records/ids";
import { flowEdgeSchema, type FlowEdge } from "../records/flow-edge";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { definedFields, putOp } from "./put-op";

export const addFlowEdgeArgsSchema = flowEdgeSchema.omit({ id: true });
export type AddFlowEdgeArgs = z.input<typeof addFlowEdgeArgsSchema>;

/**
 * Adds an edge between two steps for journeys that are not a straight line: a branch, a loop
 * back, or a re-entry. Returns the new edge's id.
 *
 * @example
 * addFlowEdge(doc, { from: "step:compare", to: "step:search", kind: "loop", share: 0.3 }, { now })
 */
export function addFlowEdge(doc: JourneyDocument, args: AddFlowEdgeArgs, ctx: OperationContext): OperationResult<FlowId> {
  const parsed = parseArgs(addFlowEdgeArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const { from, to, kind } = parsed.value;
  for (const end of [from, to]) if (!doc.steps[end]) return fail("not_found", `step ${end} does not exist`);
  if (Object.values(doc.flows).some((f) => f.from === from && f.to === to && f.kind === kind)) {
    return fail("duplicate", `there is already a ${kind} edge from ${from} to ${to}`);
  }
  const id = newId("flow", ctx.random);
  const edge: FlowEdge = { id, ...definedFields(parsed.value) };
  return succeed(stampedPatch(doc, ctx, [putOp("flows", edge)]), id);
}
