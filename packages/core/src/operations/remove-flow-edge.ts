import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { removalCascade } from "./removal-cascade";

export const removeFlowEdgeArgsSchema = z.strictObject({ flowId: idSchema("flow") });
export type RemoveFlowEdgeArgs = z.input<typeof removeFlowEdgeArgsSchema>;

/**
 * Removes a flow edge and the translations of its label.
 *
 * @example
 * removeFlowEdge(doc, { flowId: "flow:back" }, { now })
 */
export function removeFlowEdge(doc: JourneyDocument, args: RemoveFlowEdgeArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(removeFlowEdgeArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  if (!doc.flows[parsed.value.flowId]) return fail("not_found", `flow edge ${parsed.value.flowId} does not exist`);
  return succeed(stampedPatch(doc, ctx, removalCascade(doc, { flows: [parsed.value.flowId] }).ops), undefined);
}
