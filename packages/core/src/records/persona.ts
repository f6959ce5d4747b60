import { z } from "zod";
import { idSchema } from "./ids";
import { channelTypeSchema } from "./channel";
import type { RecordMigration } from "./migration";

const textList = z.array(z.string().min(1).max(1_000)).max(100).default(() => []);

/**
 * A research-based fictional customer. A map holds the personas it uses as records, so a file is
 * self-contained; `workspacePersonaId` links a copy to the workspace's shared persona on a server.
 */
export const personaSchema = z.strictObject({
  id: idSchema("persona"),
  name: z.string().min(1).max(200),
  workspacePersonaId: z.string().max(200).optional(),
  avatar: z
    .strictObject({
      assetId: z.string().max(200).optional(),
      /** Shown when there is no photo; also the fallback of screen readers. */
      initials: z.string().max(4).optional(),
      /** Required whenever there is a photo. */
      alt: z.string().max(1_000),
    })
    .optional(),
  quote: z.string().max(2_000).optional(),
  age: z.number().int().min(0).max(150).optional(),
  occupation: z.string().max(200).optional(),
  familyStatus: z.string().max(200).optional(),
  location: z.string().max(200).optional(),
  professionalGoals: textList,
  personalGoals: textList,
  needs: textList,
  frustrations: textList,
  motivations: textList,
  behaviours: textList,
  preferredChannels: z.array(channelTypeSchema).max(20).default(() => []),
  techProficiency: z.enum(["low", "medium", "high"]).optional(),
  /** Demographics and psychographics as key–value pairs, in the order the author chose. */
  attributes: z.array(z.strictObject({ key: z.string().min(1).max(200), value: z.string().max(2_000) })).max(100).default(() => []),
  /** Role in a B2B buying committee, e.g. "economic buyer", "champion", "end user". */
  b2bRole: z.string().max(200).optional(),
});
export type Persona = z.infer<typeof personaSchema>;
export const personaMigrations: RecordMigration[] = [];
