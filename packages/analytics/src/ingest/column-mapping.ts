/** Which source fields hold the case id, the activity and the timestamp. */
export interface ColumnMapping {
  case: string;
  activity: string;
  timestamp: string;
}

/** Field names tried in order, case-insensitively, when a tabular log's mapping is not given. */
export const COLUMN_CANDIDATES: Record<keyof ColumnMapping, readonly string[]> = {
  case: ["case:concept:name", "case_id", "case id", "caseid", "case", "session_id", "session", "user_id", "user", "distinct_id"],
  activity: ["concept:name", "activity", "activity_name", "event", "event_name", "action", "step"],
  timestamp: ["time:timestamp", "timestamp", "time", "ts", "event_time", "datetime", "date", "start_timestamp"],
};

/** XES keys that hold the case id (on the trace), the activity and the timestamp (on the event). */
export const XES_MAPPING: ColumnMapping = { case: "concept:name", activity: "concept:name", timestamp: "time:timestamp" };

/**
 * Picks the header index of each mapped role: an explicit name must exist exactly; otherwise
 * the first candidate present wins. Returns the missing role's name when one cannot be found.
 */
export function resolveColumns(
  header: readonly string[],
  explicit: Partial<ColumnMapping>,
): { ok: true; index: Record<keyof ColumnMapping, number> } | { ok: false; role: keyof ColumnMapping; wanted: string } {
  const index = { case: -1, activity: -1, timestamp: -1 };
  for (const role of ["case", "activity", "timestamp"] as const) {
    const want = explicit[role];
    index[role] = want !== undefined ? header.indexOf(want) : findCandidate(header, COLUMN_CANDIDATES[role]);
    if (index[role] < 0) return { ok: false, role, wanted: want ?? COLUMN_CANDIDATES[role].join(", ") };
  }
  return { ok: true, index };
}

function findCandidate(header: readonly string[], candidates: readonly string[]): number {
  const lower = header.map((h) => h.trim().toLowerCase());
  for (const candidate of candidates) {
    const i = lower.indexOf(candidate);
    if (i >= 0) return i;
  }
  return -1;
}
