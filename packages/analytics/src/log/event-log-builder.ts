import type { ActivityCodes, AttributeColumn, EventLog } from "./event-log";
import { AttributeBuilder } from "./attribute-builder";
import { canonicalOrder, caseOffsets, permute } from "./canonical-order";
import { GrowableColumn } from "./growable-column";
import { StringDictionary } from "./string-dictionary";
import { sharedArray } from "../parallel/shared-memory";

/** Events of one builder as transferable arrays with their own dictionaries (see `exportPart`). */
export interface EncodedPart {
  caseIds: string[];
  activityNames: string[];
  caseOf: Uint32Array;
  activity: ActivityCodes;
  time: Float64Array;
  attributes: Array<{ key: string; values: string[]; codes: Int32Array }>;
}

/** Activity codes fit 16 bits until the 65,537th distinct activity; then the column widens. */
const UINT16_CODES = 1 << 16;

/**
 * Collects events in file order and builds the canonical columnar {@link EventLog}. Readers call
 * `add` (or `addCodes` with codes from `internCase`/`internActivity`) once per event; `build`
 * sorts once, by (case, timestamp, original order) — or not at all when the events came in
 * that order, as grouped logs do.
 */
export class EventLogBuilder {
  private readonly cases = new StringDictionary();
  private readonly activities = new StringDictionary();
  /** Case code per event; only kept once the events leave canonical order (see `leaveOrder`). */
  private caseOf: GrowableColumn<Uint32Array> | undefined;
  /** While in order: the index of each case's first event. */
  private readonly caseFirst = new GrowableColumn(Uint32Array);
  private activityOf: GrowableColumn<Uint16Array> | GrowableColumn<Uint32Array> = new GrowableColumn(Uint16Array);
  private readonly timeOf = new GrowableColumn(Float64Array);
  private readonly attributes = new Map<string, AttributeBuilder>();
  /** Whether every event so far follows the previous one in canonical order. */
  private inOrder = true;
  private lastCase = -1;
  private lastTime = -Infinity;

  get size(): number {
    return this.timeOf.length;
  }

  /** Appends one event; `attributes` holds the event's other attributes as strings. */
  add(caseId: string, activity: string, timeMs: number, attributes?: Iterable<readonly [string, string]>): void {
    const index = this.size;
    this.addCodes(this.cases.intern(caseId), this.internActivity(activity), timeMs);
    if (!attributes) return;
    for (const [key, value] of attributes) {
      const column = this.attribute(key);
      column.set(index, column.intern(value));
    }
  }

  /** Distinct case ids so far. */
  get caseCount(): number {
    return this.cases.values.length;
  }

  /** The code of case `id` (codes follow first appearance). */
  internCase(id: string): number {
    return this.cases.intern(id);
  }

  /** The code of case `id`, which the caller knows is new (see {@link StringDictionary.appendNew}). */
  appendCase(id: string): number {
    return this.cases.appendNew(id);
  }

  /** The code of activity `name`, widening the activity column when codes outgrow 16 bits. */
  internActivity(name: string): number {
    const code = this.activities.intern(name);
    if (code >= UINT16_CODES && this.activityOf.finish().BYTES_PER_ELEMENT === 2) this.activityOf = this.activityOf.widened(Uint32Array);
    return code;
  }

  /** Appends one event by codes from `internCase` and `internActivity`; returns its index (for attributes). */
  addCodes(caseCode: number, activityCode: number, timeMs: number): number {
    const index = this.timeOf.length;
    if (this.inOrder) {
      if (caseCode === this.lastCase + 1) this.caseFirst.push(index);
      else if (caseCode !== this.lastCase || timeMs < this.lastTime) this.leaveOrder();
      this.lastCase = caseCode;
      this.lastTime = timeMs;
    }
    this.caseOf?.push(caseCode);
    this.activityOf.push(activityCode);
    this.timeOf.push(timeMs);
    return index;
  }

  /**
   * The first event out of canonical order: from now on the case of every event is stored
   * (those so far are rebuilt from `caseFirst`), and `build` sorts. While the events stay in
   * order, a case's events are contiguous, so its first index says everything.
   */
  private leaveOrder(): GrowableColumn<Uint32Array> {
    this.inOrder = false;
    const caseOf = new GrowableColumn(Uint32Array, 0, Math.max(1024, this.timeOf.length * 2));
    const first = this.caseFirst.finish();
    for (let c = 0; c < first.length; c++) {
      const end = c + 1 < first.length ? first[c + 1]! : this.timeOf.length;
      for (let i = first[c]!; i < end; i++) caseOf.push(c);
    }
    this.caseOf = caseOf;
    return caseOf;
  }

  /** The column of attribute `key`, created empty on first use. */
  attribute(key: string): AttributeBuilder {
    let builder = this.attributes.get(key);
    if (!builder) this.attributes.set(key, (builder = new AttributeBuilder()));
    return builder;
  }

  /**
   * The events added so far (codes local to this builder), to send to another thread: views of
   * the columns, which live in shared memory, so the receiver reads them in place — no copy is
   * made here and none in the message. The builder must not be added to afterwards.
   */
  exportPart(): EncodedPart {
    const n = this.size;
    return {
      caseIds: this.cases.values,
      activityNames: this.activities.values,
      caseOf: this.caseCodes(),
      activity: this.activityOf.finish(),
      time: this.timeOf.finish(),
      attributes: [...this.attributes].map(([key, b]) => ({ key, values: b.dictionary.values, codes: b.codes.finish(n) })),
    };
  }

  /**
   * Makes room for `events` more events of up to `cases` new cases, when a reader knows them
   * before adding (the parallel reader's merge). Columns then grow once to their final size
   * instead of doubling: each doubling frees the smaller array, and the C allocator keeps such
   * freed blocks resident (after the parallel read, 28–30 bytes per event instead of 20).
   */
  reserve(events: number, cases: number): void {
    this.activityOf.reserve(this.size + events);
    this.timeOf.reserve(this.size + events);
    if (this.inOrder) this.caseFirst.reserve(this.caseFirst.length + cases);
    else this.caseOf?.reserve(this.size + events);
  }

  /** Appends the events of a part built elsewhere, after the ones already added, re-coding its dictionaries. */
  appendPart(part: EncodedPart): void {
    const caseCode = this.cases.internAll(part.caseIds);
    const activityCode = part.activityNames.map((a) => this.internActivity(a));
    const offset = this.size;
    for (let i = 0; i < part.activity.length; i++) this.addCodes(caseCode[part.caseOf[i]!]!, activityCode[part.activity[i]!]!, part.time[i]!);
    for (const column of part.attributes) {
      const target = this.attribute(column.key);
      const code = column.values.map((v) => target.intern(v));
      for (let i = 0; i < column.codes.length; i++) if (column.codes[i]! >= 0) target.set(offset + i, code[column.codes[i]!]!);
    }
  }

  /**
   * The canonical log. When the events came in canonical order the columns are used as they
   * are (views: the spare capacity of a column was never written, so it costs no resident
   * memory); otherwise they are permuted into new arrays.
   */
  build(): EventLog {
    const n = this.size;
    const cases = this.cases.values.length;
    const time = this.timeOf.finish();
    const activity = this.activityOf.finish();
    if (this.inOrder && this.caseFirst.length === cases) {
      const caseStart = sharedArray(Uint32Array, cases + 1);
      caseStart.set(this.caseFirst.finish());
      caseStart[cases] = n;
      const attributes = new Map<string, AttributeColumn>();
      for (const [key, b] of this.attributes) attributes.set(key, { values: b.dictionary.values, codes: b.codes.finish(n) });
      return { activityNames: this.activities.values, caseIds: this.cases.values, caseStart, activity, time, attributes };
    }
    const caseOf = this.caseCodes();
    const caseStart = caseOffsets(caseOf, cases);
    const order = canonicalOrder(caseOf, time, caseStart);
    const attributes = new Map<string, AttributeColumn>();
    for (const [key, b] of this.attributes) attributes.set(key, { values: b.dictionary.values, codes: permute(b.codes.finish(n), order, new Int32Array(n)) });
    return {
      activityNames: this.activities.values,
      caseIds: this.cases.values,
      caseStart,
      activity: permute(activity, order, activity.BYTES_PER_ELEMENT === 2 ? sharedArray(Uint16Array, n) : sharedArray(Uint32Array, n)),
      time: permute(time, order, sharedArray(Float64Array, n)),
      attributes,
    };
  }

  /** The case code of every event so far. */
  private caseCodes(): Uint32Array {
    return (this.caseOf ?? this.leaveOrder()).finish();
  }
}
