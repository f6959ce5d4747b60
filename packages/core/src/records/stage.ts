import { z } from "zod";
import { idSchema } from "./ids";
import { orderKeySchema } from "./order-key";
import { kpiSchema } from "./kpi";
import type { RecordMigration } from "./migration";

/** A phase of the journey (awareness, consideration, …); its steps are the map's columns. */
export const stageSchema = z.strictObject({
  id: idSchema("stage"),
  /** May be empty: a Mermaid section can be unnamed and a map may be sketched before naming. */
  name: z.string().max(500),
  description: z.string().max(5_000).optional(),
  order: orderKeySchema,
  kpis: z.array(kpiSchema).max(100).default(() => []),
  /** What the customer wants to achieve in this stage. */
  customerGoal: z.string().max(2_000).optional(),
});
export type Stage = z.infer<typeof stageSchema>;
export const stageMigrations: RecordMigration[] = [];
