import { z } from "zod";
import { idSchema } from "./ids";
import type { RecordMigration } from "./migration";

/**
 * Where a comment thread is attached. The thread and its messages live on the server; the anchor
 * lives in the document so it moves with the thing it points at and is removed with it.
 */
export const commentAnchorSchema = z.strictObject({
  id: idSchema("anchor"),
  threadId: z.string().min(1).max(200),
  target: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("map") }),
    z.strictObject({ kind: z.literal("stage"), id: idSchema("stage") }),
    z.strictObject({ kind: z.literal("step"), id: idSchema("step") }),
    z.strictObject({ kind: z.literal("cell"), id: idSchema("cell") }),
  ]),
});
export type CommentAnchor = z.infer<typeof commentAnchorSchema>;
export const commentAnchorMigrations: RecordMigration[] = [];
