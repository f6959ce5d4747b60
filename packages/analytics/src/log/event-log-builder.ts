import type { AttributeColumn, EventLog } from "./event-log";
import { GrowableColumn } from "./growable-column";
import { StringDictionary } from "./string-dictionary";

/** Events of one builder as transferable arrays with their own dictionaries (see `exportPart`). */
export interface EncodedPart {
  caseIds: string[];
  activityNames: string[];
  caseOf: Uint32Array;
  activity: Uint32Array;
  time: Float64Array;
  attributes: Array<{ key: string; values: string[]; codes: Int32Array }>;
}

interface AttributeBuilder {
  dictionary: StringDictionary;
  codes: GrowableColumn<Int32Array>;
}

/**
 * Collects events in file order and builds the canonical columnar {@link EventLog}. Readers call
 * `add` once per event; `build` sorts once, by (case, timestamp, original order).
 */
export class EventLogBuilder {
  private readonly cases = new StringDictionary();
  private readonly activities = new StringDictionary();
  private readonly caseOf = new GrowableColumn(Uint32Array);
  private readonly activityOf = new GrowableColumn(Uint32Array);
  private readonly timeOf = new GrowableColumn(Float64Array);
  private readonly attributes = new Map<string, AttributeBuilder>();

  get size(): number {
    return this.activityOf.length;
  }

  /** Appends one event; `attributes` holds the event's other attributes as strings. */
  add(caseId: string, activity: string, timeMs: number, attributes?: Iterable<readonly [string, string]>): void {
    const index = this.activityOf.length;
    this.caseOf.push(this.cases.intern(caseId));
    this.activityOf.push(this.activities.intern(activity));
    this.timeOf.push(timeMs);
    if (!attributes) return;
    for (const [key, value] of attributes) {
      const column = this.attribute(key);
      column.codes.set(index, column.dictionary.intern(value));
    }
  }

  /** The events added so far as plain arrays (codes local to this builder), to send to another thread. */
  exportPart(): EncodedPart {
    const n = this.activityOf.length;
    return {
      caseIds: this.cases.values,
      activityNames: this.activities.values,
      caseOf: this.caseOf.finish().slice(),
      activity: this.activityOf.finish().slice(),
      time: this.timeOf.finish().slice(),
      attributes: [...this.attributes].map(([key, b]) => ({ key, values: b.dictionary.values, codes: b.codes.finish(n).slice() })),
    };
  }

  /** Appends the events of a part built elsewhere, after the ones already added, re-coding its dictionaries. */
  appendPart(part: EncodedPart): void {
    const caseCode = part.caseIds.map((id) => this.cases.intern(id));
    const activityCode = part.activityNames.map((a) => this.activities.intern(a));
    const offset = this.activityOf.length;
    for (let i = 0; i < part.activity.length; i++) {
      this.caseOf.push(caseCode[part.caseOf[i]!]!);
      this.activityOf.push(activityCode[part.activity[i]!]!);
      this.timeOf.push(part.time[i]!);
    }
    for (const column of part.attributes) {
      const target = this.attribute(column.key);
      const code = column.values.map((v) => target.dictionary.intern(v));
      for (let i = 0; i < column.codes.length; i++) if (column.codes[i]! >= 0) target.codes.set(offset + i, code[column.codes[i]!]!);
    }
  }

  build(): EventLog {
    const n = this.activityOf.length;
    const caseOf = this.caseOf.finish();
    const time = this.timeOf.finish();
    const caseStart = caseOffsets(caseOf, this.cases.values.length);
    const order = canonicalOrder(caseOf, time, caseStart);
    const attributes = new Map<string, AttributeColumn>();
    for (const [key, builder] of this.attributes) {
      attributes.set(key, { values: builder.dictionary.values, codes: permute(builder.codes.finish(n), order, new Int32Array(n)) });
    }
    return {
      activityNames: this.activities.values,
      caseIds: this.cases.values,
      caseStart,
      activity: permute(this.activityOf.finish(), order, new Uint32Array(n)),
      time: permute(time, order, new Float64Array(n)),
      attributes,
    };
  }

  private attribute(key: string): AttributeBuilder {
    let builder = this.attributes.get(key);
    if (!builder) {
      builder = { dictionary: new StringDictionary(), codes: new GrowableColumn(Int32Array, -1) };
      this.attributes.set(key, builder);
    }
    return builder;
  }
}

function caseOffsets(caseOf: Uint32Array, cases: number): Uint32Array {
  const start = new Uint32Array(cases + 1);
  for (let i = 0; i < caseOf.length; i++) start[caseOf[i]! + 1]!++;
  for (let c = 0; c < cases; c++) start[c + 1]! += start[c]!;
  return start;
}

/**
 * A counting sort by case (stable, so file order survives), then a per-case sort by time that
 * falls back to file order for equal timestamps. Cases already in time order (the usual case)
 * are only scanned.
 */
function canonicalOrder(caseOf: Uint32Array, time: Float64Array, caseStart: Uint32Array): Uint32Array {
  const order = new Uint32Array(caseOf.length);
  const next = caseStart.slice(0, caseStart.length - 1);
  for (let i = 0; i < caseOf.length; i++) order[next[caseOf[i]!]!++] = i;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const from = caseStart[c]!;
    const to = caseStart[c + 1]!;
    if (!isTimeOrdered(order, time, from, to)) {
      order.subarray(from, to).sort((a, b) => time[a]! - time[b]! || a - b);
    }
  }
  return order;
}

function isTimeOrdered(order: Uint32Array, time: Float64Array, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (time[order[i]!]! < time[order[i - 1]!]!) return false;
  return true;
}

function permute<T extends Uint32Array | Int32Array | Float64Array>(source: T, order: Uint32Array, target: T): T {
  for (let i = 0; i < order.length; i++) target[i] = source[order[i]!]!;
  return target;
}
