import { z } from "zod";
import { idSchema } from "./ids";
import { orderKeySchema } from "./order-key";
import type { RecordMigration } from "./migration";

/**
 * A step inside a stage: one column of the grid. A step may be a moment that matters (with why)
 * and may be bound to event-log activities so analytics can fill its KPI cells.
 */
export const stepSchema = z.strictObject({
  id: idSchema("step"),
  stageId: idSchema("stage"),
  name: z.string().max(500),
  description: z.string().max(5_000).optional(),
  order: orderKeySchema,
  momentThatMatters: z.strictObject({ why: z.string().max(2_000) }).optional(),
  binding: z
    .strictObject({
      /** Activity names matched exactly. */
      activities: z.array(z.string().min(1).max(500)).max(200).default(() => []),
      /** Glob patterns (`*` any run, `?` one character) matched against activity names. */
      patterns: z.array(z.string().min(1).max(500)).max(200).default(() => []),
    })
    .optional(),
});
export type Step = z.infer<typeof stepSchema>;
export const stepMigrations: RecordMigration[] = [];
