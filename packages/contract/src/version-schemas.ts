import { z } from "zod";
import { journeyDocumentSchema } from "@kaart/core";
import { mapIdSchema, plainString, serverIdSchema } from "./text-fields";

/** A saved state of a map: named by a person, or automatic (taken while people edit). */
export const versionSchema = z.strictObject({
  id: serverIdSchema("ver"),
  mapId: mapIdSchema,
  /** Null for automatic versions. */
  name: z.string().nullable(),
  title: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type Version = z.infer<typeof versionSchema>;

export const versionParamsSchema = z.strictObject({ mapId: mapIdSchema, versionId: serverIdSchema("ver") });
export const createVersionBodySchema = z.strictObject({ name: plainString(200) });
export const versionWithDocumentSchema = z.strictObject({ version: versionSchema, document: journeyDocumentSchema });
/** Compare a version with the current map (default) or with another version. */
export const diffQuerySchema = z.strictObject({ against: z.union([z.literal("current"), serverIdSchema("ver")]).default("current") });
export const versionDiffSchema = z.strictObject({
  identical: z.boolean(),
  /** core's `formatDiffText`: one line per change. */
  text: z.string(),
  /** core's `MapDiff`, as data. */
  diff: z.record(z.string(), z.unknown()),
});
