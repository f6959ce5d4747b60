import type { JourneyDocument } from "../document/journey-document";
import { fail, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { addStage } from "./add-stage";
import { renameStage } from "./rename-stage";
import { moveStage } from "./move-stage";
import { removeStage } from "./remove-stage";
import { addStep } from "./add-step";
import { renameStep } from "./rename-step";
import { moveStep } from "./move-step";
import { removeStep } from "./remove-step";
import { addLane } from "./add-lane";
import { renameLane } from "./rename-lane";
import { moveLane } from "./move-lane";
import { removeLane } from "./remove-lane";
import { setCellContent } from "./set-cell-content";
import { clearCell } from "./clear-cell";
import { addCard } from "./add-card";
import { updateCard } from "./update-card";
import { moveCard } from "./move-card";
import { removeCard } from "./remove-card";
import { setEmotion } from "./set-emotion";
import { removeEmotion } from "./remove-emotion";
import { addPersona } from "./add-persona";
import { updatePersona } from "./update-persona";
import { attachPersona } from "./attach-persona";
import { detachPersona } from "./detach-persona";
import { removePersona } from "./remove-persona";
import { addTouchpoint } from "./add-touchpoint";
import { updateTouchpoint } from "./update-touchpoint";
import { removeTouchpoint } from "./remove-touchpoint";
import { flagMoment } from "./flag-moment";
import { unflagMoment } from "./unflag-moment";
import { addFlowEdge } from "./add-flow-edge";
import { removeFlowEdge } from "./remove-flow-edge";
import { setTranslation } from "./set-translation";
import { updateMapInfo } from "./update-map-info";
import { setStepBinding } from "./set-step-binding";
import { removeOrphans } from "./remove-orphans";

/**
 * Every editor operation by name, for callers that receive an action as data (an API request, a
 * CLI script, a replayed log) rather than calling a function: `runOperation` looks the name up
 * and the operation validates its own arguments.
 */
export const EDITOR_OPERATIONS = {
  addStage,
  renameStage,
  moveStage,
  removeStage,
  addStep,
  renameStep,
  moveStep,
  removeStep,
  addLane,
  renameLane,
  moveLane,
  removeLane,
  setCellContent,
  clearCell,
  addCard,
  updateCard,
  moveCard,
  removeCard,
  setEmotion,
  removeEmotion,
  addPersona,
  updatePersona,
  attachPersona,
  detachPersona,
  removePersona,
  addTouchpoint,
  updateTouchpoint,
  removeTouchpoint,
  flagMoment,
  unflagMoment,
  addFlowEdge,
  removeFlowEdge,
  setTranslation,
  updateMapInfo,
  setStepBinding,
  removeOrphans,
} as const;

export type OperationName = keyof typeof EDITOR_OPERATIONS;

/**
 * True when `name` is the name of an editor operation (own names only, not `toString`).
 *
 * @example
 * isOperationName("addStage") // true
 */
export function isOperationName(name: unknown): name is OperationName {
  return typeof name === "string" && Object.hasOwn(EDITOR_OPERATIONS, name);
}

type AnyOperation = (doc: JourneyDocument, args: unknown, ctx: OperationContext) => OperationResult<unknown>;

/**
 * Runs the operation called `name` with untrusted `args`. An unknown name is refused with
 * `invalid_argument` and the empty patch, like bad arguments.
 *
 * @example
 * const r = runOperation(doc, "renameStage", { stageId: "stage:buy", name: "Purchase" }, { now });
 */
export function runOperation(doc: JourneyDocument, name: unknown, args: unknown, ctx: OperationContext): OperationResult<unknown> {
  if (!isOperationName(name)) return fail("invalid_argument", `${String(name)} is not an editor operation`);
  // Each operation parses its arguments with its zod schema, so widening them to unknown is safe.
  const operation = EDITOR_OPERATIONS[name] as AnyOperation;
  return operation(doc, args, ctx);
}
