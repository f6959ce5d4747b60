import { z } from "zod";
import { endpoint } from "./endpoint";
import { workspaceIdSchema } from "./workspace-schemas";

/**
 * What a person is told about. `member.joined`: someone joined with an invitation link they
 * made. `share_link.opened`: a read-only link they made was opened (repeated openings add to
 * `count` of the unread notification instead of piling up). `mention`: a comment names them
 * (once per comment, also when an edit adds the mention). `reply`: someone replied in a thread
 * they started or wrote in (replies while unread add up). Comment notifications carry their link
 * target in `detail`: `mapId`, `threadId`, `commentId`, `anchorId`, `targetKind` and `targetId`
 * (empty when the thread is on the map itself or its target left the map), with `title`,
 * `authorId`, `authorName` and `excerpt`.
 */
export const NOTIFICATION_KINDS = ["member.joined", "share_link.opened", "mention", "reply"] as const;

export const notificationSchema = z.strictObject({
  id: z.number().int(),
  kind: z.enum(NOTIFICATION_KINDS),
  workspaceId: workspaceIdSchema.nullable(),
  subject: z.strictObject({ type: z.string(), id: z.string() }),
  /** Facts to show (who joined and with which role, which map was opened), as text. */
  detail: z.record(z.string(), z.string()),
  count: z.number().int().min(1),
  at: z.string(),
  read: z.boolean(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListSchema = z.strictObject({ unread: z.number().int().min(0), items: z.array(notificationSchema) });
export const notificationQuerySchema = z.strictObject({
  unread: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
/** Marks the given notifications read, or all of them when `ids` is absent. */
export const markReadBodySchema = z.strictObject({ ids: z.array(z.number().int()).max(500).optional() });

/** The notification endpoints, merged into `ENDPOINTS`. */
export const NOTIFICATION_ENDPOINTS = {
  listNotifications: endpoint({ method: "GET", path: "/api/notifications", summary: "The signed-in user's notifications, newest first, with the unread count", access: { kind: "user" }, query: notificationQuerySchema, response: notificationListSchema }),
  markNotificationsRead: endpoint({ method: "POST", path: "/api/notifications/read", summary: "Mark notifications read (all when no ids are given)", access: { kind: "user" }, body: markReadBodySchema, response: z.strictObject({ unread: z.number().int().min(0) }) }),
};
