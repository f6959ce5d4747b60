import type { EventLog } from "../../log/event-log";
import type { Segment } from "./segment-schema";
import { sharedArray } from "../../parallel/shared-memory";

/**
 * The sub-log a segment selects, in the same canonical order. Returns `log` itself when the
 * segment selects everything; cases left without events are dropped. One pass over the events.
 *
 * @example applySegment(log, { where: [{ attribute: "case:channel", value: "Internet" }] })
 */
export function applySegment(log: EventLog, segment: Segment | undefined): EventLog {
  if (!segment || (segment.where.length === 0 && segment.from === undefined && segment.to === undefined)) return log;
  const from = segment.from === undefined ? -Infinity : Date.parse(segment.from);
  const to = segment.to === undefined ? Infinity : Date.parse(segment.to);
  const conditions = segment.where.map((w) => {
    const column = log.attributes.get(w.attribute);
    return column ? { codes: column.codes, code: column.values.indexOf(w.value) } : { codes: undefined, code: -1 };
  });
  const keep = new Uint8Array(log.activity.length);
  const caseIds: string[] = [];
  const starts: number[] = [0];
  let kept = 0;
  for (let c = 0; c + 1 < log.caseStart.length; c++) {
    const s = log.caseStart[c]!;
    const e = log.caseStart[c + 1]!;
    if (!conditions.every((w) => w.codes !== undefined && w.code >= 0 && hasCode(w.codes, w.code, s, e))) continue;
    let n = 0;
    for (let i = s; i < e; i++) {
      const t = log.time[i]!;
      if (t < from || t >= to) continue;
      keep[i] = 1;
      n++;
    }
    if (n === 0) continue;
    kept += n;
    caseIds.push(log.caseIds[c]!);
    starts.push(kept);
  }
  const caseStart = sharedArray(Uint32Array, starts.length);
  caseStart.set(starts);
  return compact(log, keep, kept, caseIds, caseStart);
}

function hasCode(codes: Int32Array, code: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (codes[i] === code) return true;
  return false;
}

function compact(log: EventLog, keep: Uint8Array, kept: number, caseIds: string[], caseStart: Uint32Array): EventLog {
  const activity = sharedArray(Uint32Array, kept);
  const time = sharedArray(Float64Array, kept);
  const columns = [...log.attributes].map(([key, col]) => ({ key, values: col.values, from: col.codes, codes: new Int32Array(kept) }));
  let j = 0;
  for (let i = 0; i < keep.length; i++) {
    if (!keep[i]) continue;
    activity[j] = log.activity[i]!;
    time[j] = log.time[i]!;
    for (const col of columns) col.codes[j] = col.from[i]!;
    j++;
  }
  const attributes = new Map(columns.map((col) => [col.key, { values: col.values, codes: col.codes }]));
  return { activityNames: log.activityNames, caseIds, caseStart, activity, time, attributes };
}
