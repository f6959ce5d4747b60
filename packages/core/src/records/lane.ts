import { z } from "zod";
import { idSchema } from "./ids";
import { orderKeySchema } from "./order-key";
import type { RecordMigration } from "./migration";

/**
 * Lane types: the rows of a map. The first group is the customer's side (does, thinks, feels),
 * then analysis lanes, then the service blueprint's frontstage/backstage lanes.
 */
export const LANE_TYPES = [
  "text",
  "actions",
  "thoughts",
  "emotions",
  "touchpoints",
  "channels",
  "painPoints",
  "opportunities",
  "ideas",
  "frontstage",
  "backstage",
  "people",
  "policies",
  "technology",
  "processes",
  "metrics",
  "images",
  "evidence",
  "links",
] as const;
export const laneTypeSchema = z.enum(LANE_TYPES);
export type LaneType = z.infer<typeof laneTypeSchema>;

/** Lanes whose cells hold cards (pain points, opportunities, ideas) rather than text. */
export const CARD_LANE_TYPES: ReadonlySet<LaneType> = new Set(["painPoints", "opportunities", "ideas"]);

export const laneSchema = z.strictObject({
  id: idSchema("lane"),
  type: laneTypeSchema,
  name: z.string().max(500),
  order: orderKeySchema,
  /** A lane scoped to one persona (e.g. that persona's thoughts); absent means every persona. */
  personaId: idSchema("persona").optional(),
  description: z.string().max(2_000).optional(),
});
export type Lane = z.infer<typeof laneSchema>;
export const laneMigrations: RecordMigration[] = [];
