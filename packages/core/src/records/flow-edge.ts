import { z } from "zod";
import { idSchema } from "./ids";
import type { RecordMigration } from "./migration";

/**
 * An edge between two steps for journeys that are not a straight line: a branch (an alternative
 * path), a loop (back to an earlier step), or re-entry (coming back later, e.g. a repeat purchase).
 * The column order is the main path; edges add what the order cannot say.
 */
export const flowEdgeSchema = z.strictObject({
  id: idSchema("flow"),
  from: idSchema("step"),
  to: idSchema("step"),
  kind: z.enum(["branch", "loop", "reentry"]),
  label: z.string().max(500).optional(),
  /** Share of customers taking this edge (0–1), when known from research or analytics. */
  share: z.number().min(0).max(1).optional(),
});
export type FlowEdge = z.infer<typeof flowEdgeSchema>;
export const flowEdgeMigrations: RecordMigration[] = [];
