import type { Generated } from "kysely";

/**
 * The database tables as Kysely sees them. Both dialects store the same shapes: times are ISO
 * strings, booleans are 0/1 integers, lists are JSON text, Yjs state is bytes. That keeps one
 * query code for SQLite and PostgreSQL.
 */
export interface Tables {
  settings: { key: string; value: string };
  users: { id: string; email: string; name: string; password_hash: string; is_admin: number; created_at: string };
  sessions: { id_hash: string; user_id: string; csrf_token: string; created_at: string; expires_at: string };
  api_tokens: { id: string; user_id: string; name: string; token_hash: string; created_at: string; last_used_at: string | null; revoked_at: string | null };
  workspaces: { id: string; name: string; created_at: string };
  memberships: { workspace_id: string; user_id: string; role: string; created_at: string };
  invitations: {
    id: string;
    workspace_id: string;
    token_hash: string;
    role: string;
    created_by: string;
    created_at: string;
    expires_at: string;
    accepted_by: string | null;
  };
  maps: {
    id: string;
    workspace_id: string;
    title: string;
    /** JSON arrays: projections of the CRDT document, rewritten on every store. */
    tags: string;
    stage_names: string;
    persona_ids: string;
    /** Lower-cased text of the whole document, for search. */
    search_text: string;
    created_by: string;
    created_at: string;
    updated_at: string;
    archived_at: string | null;
    deleted_at: string | null;
  };
  /** Append-only: every Yjs update of a map, stored before the server acknowledges it. */
  map_updates: { seq: Generated<number>; map_id: string; data: Uint8Array; created_at: string };
  /** The compacted state of a map: all updates up to `through_seq` merged into one. */
  map_snapshots: { map_id: string; data: Uint8Array; through_seq: number; updated_at: string };
  /** The workspace library: shared personas and touchpoints; `data` is their fields as JSON, copied into maps. */
  workspace_personas: { id: string; workspace_id: string; data: string; created_at: string; updated_at: string };
  workspace_touchpoints: { id: string; workspace_id: string; data: string; created_at: string; updated_at: string };
  /** Append-only: who did what and when; written in the transaction of the change. `detail` is a JSON object of strings. */
  audit_events: { seq: Generated<number>; workspace_id: string | null; actor_id: string | null; action: string; target_type: string | null; target_id: string | null; detail: string; created_at: string };
  /** Uploaded images; the bytes are in `<DATA_DIR>/assets/<id>`, `content_type` was sniffed from them. */
  assets: { id: string; workspace_id: string; name: string; content_type: string; size: number; created_by: string; created_at: string };
  /** What a user is told about; `detail` is a JSON object of strings; unread while `read_at` is null. */
  notifications: { id: Generated<number>; user_id: string; kind: string; workspace_id: string | null; subject_type: string; subject_id: string; detail: string; count: number; created_at: string; read_at: string | null };
  /** Comment threads on a map; where each is attached lives in the document (its anchor record). */
  comment_threads: { id: string; map_id: string; anchor_id: string; created_by: string; created_at: string; resolved_at: string | null; resolved_by: string | null };
  comment_messages: { id: string; thread_id: string; position: number; author_id: string; body: string; created_at: string; edited_at: string | null };
  /** Members named in a message; rewritten when the message is edited. */
  comment_mentions: { message_id: string; user_id: string };
  /** Saved states of a map: named (`name` set) or automatic (`name` null). `data` is a full Yjs state. */
  share_links: { id: string; map_id: string; token_hash: string; password_hash: string | null; expires_at: string | null; revoked_at: string | null; created_by: string; created_at: string };
  map_versions: { id: string; map_id: string; name: string | null; title: string; data: Uint8Array; created_by: string | null; created_at: string };
}
