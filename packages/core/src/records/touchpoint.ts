import { z } from "zod";
import { idSchema } from "./ids";
import { channelTypeSchema } from "./channel";
import type { RecordMigration } from "./migration";

/** A place the customer meets the brand; referenced from touchpoint cells by id. */
export const touchpointSchema = z.strictObject({
  id: idSchema("touchpoint"),
  name: z.string().min(1).max(300),
  channel: channelTypeSchema,
  online: z.boolean(),
  /** The team that owns the touchpoint; a touchpoint without one is a gap. */
  ownerTeam: z.string().max(200).optional(),
  description: z.string().max(2_000).optional(),
  workspaceTouchpointId: z.string().max(200).optional(),
});
export type Touchpoint = z.infer<typeof touchpointSchema>;
export const touchpointMigrations: RecordMigration[] = [];
