import type { EventLog } from "./event-log";

const indexes = new WeakMap<EventLog, Map<string, unknown>>();

/**
 * Memoises a value derived from `log` (case variants, edge summaries, next-step counts) so the
 * second query on the same log reuses it instead of scanning every event again. Sound because
 * an `EventLog` is never mutated after `build`; held weakly, so an index dies with its log.
 * `key` must name the derivation and every argument it depends on.
 *
 * @example derivedIndex(log, "variants", caseVariants).counts.length
 */
export function derivedIndex<T>(log: EventLog, key: string, derive: (log: EventLog) => T): T {
  let byKey = indexes.get(log);
  if (!byKey) indexes.set(log, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key) as T;
  const value = derive(log);
  byKey.set(key, value);
  return value;
}
