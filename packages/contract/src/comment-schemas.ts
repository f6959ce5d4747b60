import { z } from "zod";
import { endpoint } from "./endpoint";
import { mapIdSchema, plainString, serverIdSchema } from "./text-fields";

const recordId = (prefix: string) => z.string().regex(new RegExp(`^${prefix}:[A-Za-z0-9_.~-]{1,120}$`), { message: `expected an id of the form ${prefix}:…` });

/** What a thread is attached to: the map itself, or one stage, step or cell of it. */
export const commentTargetSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("map") }),
  z.strictObject({ kind: z.literal("stage"), id: recordId("stage") }),
  z.strictObject({ kind: z.literal("step"), id: recordId("step") }),
  z.strictObject({ kind: z.literal("cell"), id: recordId("cell") }),
]);
export type CommentTarget = z.infer<typeof commentTargetSchema>;

export const commentThreadIdSchema = serverIdSchema("cth");
export const commentMessageIdSchema = serverIdSchema("cms");
const commentBody = plainString(10_000);

export const commentMessageSchema = z.strictObject({
  id: commentMessageIdSchema,
  authorId: z.string(),
  authorName: z.string(),
  body: z.string(),
  /** Members named in the body as `@name` or `@email`, by user id. */
  mentions: z.array(z.string()),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
});

/**
 * A thread and its messages, oldest first. `target` is null once the thing it was attached to
 * left the map (the anchor lives in the document and is removed with its target).
 */
export const commentThreadSchema = z.strictObject({
  id: commentThreadIdSchema,
  mapId: mapIdSchema,
  target: commentTargetSchema.nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  messages: z.array(commentMessageSchema),
});
export type CommentThread = z.infer<typeof commentThreadSchema>;
export type CommentMessage = z.infer<typeof commentMessageSchema>;

export const threadParamsSchema = z.strictObject({ mapId: mapIdSchema, threadId: commentThreadIdSchema });
export const messageParamsSchema = z.strictObject({ mapId: mapIdSchema, threadId: commentThreadIdSchema, messageId: commentMessageIdSchema });
export const createThreadBodySchema = z.strictObject({ target: commentTargetSchema, body: commentBody });
export const commentBodySchema = z.strictObject({ body: commentBody });
export const listThreadsQuerySchema = z.strictObject({
  resolved: z.enum(["true", "false", "all"]).default("all"),
});

/**
 * The stateless message the collaboration server sends to everyone with the map open when a
 * thread changes, so clients refetch it: `{"type":"comments","threadId":"cth_…"}` as JSON text.
 */
export const commentsChangedMessageSchema = z.strictObject({ type: z.literal("comments"), threadId: commentThreadIdSchema });

const mapParams = z.strictObject({ mapId: mapIdSchema });
const read = { kind: "map", role: "viewer" } as const;
const comment = { kind: "map", role: "commenter" } as const;

/** The comment endpoints, merged into `ENDPOINTS`. */
export const COMMENT_ENDPOINTS = {
  listCommentThreads: endpoint({ method: "GET", path: "/api/maps/:mapId/comments", summary: "The map's comment threads with their messages", access: read, params: mapParams, query: listThreadsQuerySchema, response: z.array(commentThreadSchema) }),
  createCommentThread: endpoint({ method: "POST", path: "/api/maps/:mapId/comments", summary: "Start a thread on the map, a stage, a step or a cell", access: comment, params: mapParams, body: createThreadBodySchema, response: commentThreadSchema, status: 201 }),
  getCommentThread: endpoint({ method: "GET", path: "/api/maps/:mapId/comments/:threadId", summary: "One thread", access: read, params: threadParamsSchema, response: commentThreadSchema }),
  replyToCommentThread: endpoint({ method: "POST", path: "/api/maps/:mapId/comments/:threadId/messages", summary: "Add a message to a thread", access: comment, params: threadParamsSchema, body: commentBodySchema, response: commentThreadSchema, status: 201 }),
  resolveCommentThread: endpoint({ method: "POST", path: "/api/maps/:mapId/comments/:threadId/resolve", summary: "Mark a thread resolved", access: comment, params: threadParamsSchema, response: commentThreadSchema }),
  reopenCommentThread: endpoint({ method: "POST", path: "/api/maps/:mapId/comments/:threadId/reopen", summary: "Reopen a resolved thread", access: comment, params: threadParamsSchema, response: commentThreadSchema }),
  editCommentMessage: endpoint({ method: "PATCH", path: "/api/maps/:mapId/comments/:threadId/messages/:messageId", summary: "Edit one's own message", access: comment, params: messageParamsSchema, body: commentBodySchema, response: commentThreadSchema }),
  deleteCommentMessage: endpoint({ method: "DELETE", path: "/api/maps/:mapId/comments/:threadId/messages/:messageId", summary: "Delete one's own message (a thread left empty goes with it)", access: comment, params: messageParamsSchema, response: z.strictObject({ threadDeleted: z.boolean() }) }),
};
