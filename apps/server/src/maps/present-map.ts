import type { MapSummary } from "@kaart/contract";
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
