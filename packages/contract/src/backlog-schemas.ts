import { z } from "zod";
import { CARD_STATUSES } from "@kaart/core";
import { endpoint } from "./endpoint";
import { mapIdSchema } from "./text-fields";
import { workspaceParamsSchema } from "./workspace-schemas";

/** The card kinds the backlog lists: what hurts and what could be better. */
export const BACKLOG_KINDS = ["painPoint", "opportunity"] as const;
export const BACKLOG_SORTS = ["impact", "effort", "feasibility", "severity", "status", "owner", "map", "title"] as const;

const oneToFive = z.number().int().min(1).max(5);
/** Query strings carry text: "3" is read as 3, anything else outside 1–5 is refused. */
const oneToFiveQuery = z.coerce.number().int().min(1).max(5);

/** One pain point or opportunity card, with where it sits and the map it belongs to. */
export const backlogItemSchema = z.strictObject({
  mapId: mapIdSchema,
  mapTitle: z.string(),
  cardId: z.string(),
  kind: z.enum(BACKLOG_KINDS),
  title: z.string(),
  stageId: z.string().optional(),
  stageName: z.string().optional(),
  stepId: z.string().optional(),
  stepName: z.string().optional(),
  laneId: z.string(),
  laneName: z.string(),
  severity: oneToFive.optional(),
  impact: oneToFive.optional(),
  effort: oneToFive.optional(),
  /** `6 - effort`, as core's `feasibilityOf`. */
  feasibility: oneToFive.optional(),
  owner: z.string().optional(),
  status: z.enum(CARD_STATUSES).optional(),
});
export type BacklogItem = z.infer<typeof backlogItemSchema>;

/**
 * Filters combine with "and". `owner` matches case-insensitively and exactly; `status=none` finds
 * cards without a status. Sorting puts cards lacking the sorted field last in either direction.
 */
export const backlogQuerySchema = z.strictObject({
  kind: z.enum(BACKLOG_KINDS).optional(),
  owner: z.string().min(1).max(200).optional(),
  status: z.enum([...CARD_STATUSES, "none"]).optional(),
  impact: oneToFiveQuery.optional(),
  effort: oneToFiveQuery.optional(),
  mapId: mapIdSchema.optional(),
  sort: z.enum(BACKLOG_SORTS).default("impact"),
  order: z.enum(["asc", "desc"]).default("desc"),
  limit: z.coerce.number().int().min(1).max(5_000).default(1_000),
});

export const backlogSchema = z.strictObject({
  items: z.array(backlogItemSchema),
  /** Matching cards before `limit`. */
  total: z.number().int().min(0),
});
export type Backlog = z.infer<typeof backlogSchema>;

/** The workspace backlog endpoints, merged into `ENDPOINTS`. */
export const BACKLOG_ENDPOINTS = {
  listBacklog: endpoint({
    method: "GET",
    path: "/api/workspaces/:workspaceId/backlog",
    summary: "Pain points and opportunities across the workspace's active maps, filtered and sorted",
    access: { kind: "workspace", role: "viewer" },
    params: workspaceParamsSchema,
    query: backlogQuerySchema,
    response: backlogSchema,
  }),
};
