/**
 * An event log in columnar form. Events are grouped by case and, inside a case, ordered by
 * (timestamp, original position in the file): the canonical order every analysis relies on, so
 * each query is one linear pass over these arrays.
 *
 * Invariant: the events of case `c` are the indices `caseStart[c] .. caseStart[c + 1] - 1`.
 */
export interface EventLog {
  /** Activity names; `activity[i]` is an index into this list. */
  readonly activityNames: readonly string[];
  /** Case identifiers, in the order the cases first appear in the source. */
  readonly caseIds: readonly string[];
  /** Length `cases + 1`; offsets of each case's first event. */
  readonly caseStart: Uint32Array;
  /** Activity code of each event (16 bits wide while there are at most 65,536 activities). */
  readonly activity: ActivityCodes;
  /** Timestamp of each event in milliseconds since the epoch (UTC); sub-millisecond digits kept as a fraction. */
  readonly time: Float64Array;
  /** Other attributes by key (trace attributes of XES appear as `case:<key>`). */
  readonly attributes: ReadonlyMap<string, AttributeColumn>;
}

/** Activity codes, one per event: Uint16 when every code fits, Uint32 otherwise. */
export type ActivityCodes = Uint16Array | Uint32Array;

/** A dictionary-encoded attribute column; `codes[i]` is -1 where event `i` lacks the attribute. */
export interface AttributeColumn {
  readonly values: readonly string[];
  readonly codes: Int32Array;
}

/** Number of cases in `log`. */
export function caseCount(log: EventLog): number {
  return log.caseStart.length - 1;
}

/** Number of events in `log`. */
export function eventCount(log: EventLog): number {
  return log.activity.length;
}
