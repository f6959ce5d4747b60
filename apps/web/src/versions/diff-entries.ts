import { DIFF_TABLES, type DiffTable, type MapDiff } from "@kaart/core";

export type ChangeKind = "added" | "removed" | "renamed" | "moved" | "changed";

/** One line of a highlighted diff; `detail` is data (names, fields, scores), never translated text. */
export type DiffEntry =
  | { kind: ChangeKind; table: DiffTable; id: string; name: string; before?: string; after?: string; fields?: string[] }
  | { kind: "map"; field: string }
  | { kind: "emotion"; id: string; stepName: string; personaName: string | null; before: number | null; after: number | null };

const KINDS: readonly ChangeKind[] = ["added", "removed", "renamed", "moved", "changed"];

/** The diff as a flat list in a stable order: map fields, then each table's changes by kind, then emotion scores. */
export function diffEntries(diff: MapDiff): DiffEntry[] {
  const out: DiffEntry[] = diff.map.map((c) => ({ kind: "map" as const, field: c.field }));
  for (const table of DIFF_TABLES) {
    for (const kind of KINDS) {
      for (const r of diff[table][kind]) {
        const entry: DiffEntry = { kind, table, id: r.id, name: r.name };
        if ("before" in r && "after" in r) Object.assign(entry, { before: r.before, after: r.after });
        if ("fields" in r) Object.assign(entry, { fields: r.fields });
        out.push(entry);
      }
    }
  }
  for (const e of diff.emotions) out.push({ kind: "emotion", id: e.id, stepName: e.stepName, personaName: e.personaName, before: e.before, after: e.after });
  return out;
}

/** Counts per kind, for the summary above the list. */
export function diffSummary(entries: DiffEntry[]): Record<DiffEntry["kind"], number> {
  const counts: Record<DiffEntry["kind"], number> = { added: 0, removed: 0, renamed: 0, moved: 0, changed: 0, map: 0, emotion: 0 };
  for (const e of entries) counts[e.kind]++;
  return counts;
}
