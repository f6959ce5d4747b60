import type { CardKind } from "@kaart/core";

/**
 * Drag data types of the editor's records. A drop target sees only the types while the pointer is
 * over it (the data is readable on drop), so a card also carries its kind as a type of its own:
 * a cell accepts a card only when the kinds match. Lower case, as browsers store types.
 */
export const DRAG_TYPE = {
  stage: "application/x-kaart-stage",
  step: "application/x-kaart-step",
  lane: "application/x-kaart-lane",
  card: "application/x-kaart-card",
} as const;

export type DraggedKind = keyof typeof DRAG_TYPE;

export const cardKindType = (kind: CardKind) => `application/x-kaart-card-kind-${kind.toLowerCase()}`;
