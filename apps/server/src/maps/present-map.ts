import { createHash } from "node:crypto";
import type { z } from "zod";
import type { MapSummary, mapWithDocumentSchema } from "@kaart/contract";
import { JsonBytes } from "../http/json-bytes";
import type { Tables } from "../storage/tables";

function stringList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** Step "present": a map row as the API shows it. */
export function presentMap(row: Tables["maps"]): MapSummary {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    title: row.title,
    tags: stringList(row.tags),
    stageNames: stringList(row.stage_names),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archived: row.archived_at !== null,
    deleted: row.deleted_at !== null,
  };
}

/**
 * Step "present" for a map with its document, from the document's cached JSON bytes: the answer
 * is `{"summary":…,"document":…}` spliced from bytes, the same JSON Fastify would have written.
 * The ETag names both parts, so renaming, archiving or any edit changes it.
 */
export function presentMapWithDocument(row: Tables["maps"], document: { bytes: Buffer; hash: string }): JsonBytes<z.input<typeof mapWithDocumentSchema>> {
  const summary = JSON.stringify(presentMap(row));
  const summaryHash = createHash("sha256").update(summary).digest("base64url").slice(0, 11);
  const bytes = Buffer.concat([Buffer.from(`{"summary":${summary},"document":`), document.bytes, Buffer.from("}")]);
  return new JsonBytes(bytes, `"${document.hash}.${summaryHash}"`);
}
