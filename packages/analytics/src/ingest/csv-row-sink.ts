import type { AttributeBuilder } from "../log/attribute-builder";
import type { EventLogBuilder } from "../log/event-log-builder";
import { ByteInterner } from "./byte-interner";
import type { ColumnMapping } from "./column-mapping";
import type { CsvRecord } from "./csv-record";
import { EventLogError } from "./event-log-error";
import { parseTimestamp, type ClockMode } from "./timestamp";
import { TimestampBytesParser } from "./timestamp-bytes";

/** An attribute column of the file: its interned values and where they go in the builder. */
interface AttributeField {
  field: number;
  values: ByteInterner;
  column: AttributeBuilder;
}

/**
 * Adds the data records of a delimited file to a builder. Case ids, activities and attribute
 * values are interned by their bytes, so a string is decoded once per distinct value, never per
 * row; timestamps of the common ISO layout are parsed from bytes. Columns other than case,
 * activity and timestamp become attributes (empty cells are left out).
 */
export class CsvRowSink {
  private readonly caseCodes = new ByteInterner(true);
  private readonly activityCodes = new ByteInterner();
  private readonly attributeFields: AttributeField[];
  private readonly newCase: (id: string) => number;
  private readonly newActivity: (name: string) => number;
  private readonly timestamps: TimestampBytesParser;

  constructor(
    private readonly header: readonly string[],
    private readonly index: Record<keyof ColumnMapping, number>,
    private readonly builder: EventLogBuilder,
    private readonly clock: ClockMode,
  ) {
    const roles = new Set([index.case, index.activity, index.timestamp]);
    this.attributeFields = header.flatMap((key, field) => (roles.has(field) ? [] : [{ field, values: new ByteInterner(), column: builder.attribute(key) }]));
    // Every case id of a fresh builder comes through `caseCodes`, so bytes never seen before are
    // a new id — unless they are not valid UTF-8 (decoded with U+FFFD, which other bytes may share).
    const fresh = builder.caseCount === 0;
    this.timestamps = new TimestampBytesParser(clock);
    this.newCase = (id) => (fresh && !id.includes("\uFFFD") ? builder.appendCase(id) : builder.internCase(id));
    this.newActivity = (name) => builder.internActivity(name);
  }

  /** Adds one data record; `line` and columns locate errors. */
  add(record: CsvRecord, line: number): void {
    if (record.count > this.header.length) {
      throw new EventLogError("malformed_csv", `row has ${record.count} fields, the header ${this.header.length}`, { line, column: 1 });
    }
    const { index, builder } = this;
    const time = this.time(record, index.timestamp);
    if (Number.isNaN(time)) {
      const stamp = record.text(index.timestamp);
      throw new EventLogError("bad_timestamp", `cannot parse timestamp "${stamp}" in column "${this.header[index.timestamp]}"`, { line, column: columnOf(record, index.timestamp) });
    }
    if (record.isEmpty(index.case)) throw new EventLogError("missing_case", "empty case id", { line, column: columnOf(record, index.case) });
    const caseCode = intern(this.caseCodes, record, index.case, this.newCase);
    const activityCode = intern(this.activityCodes, record, index.activity, this.newActivity);
    const event = builder.addCodes(caseCode, activityCode, time);
    for (const a of this.attributeFields) if (!record.isEmpty(a.field)) a.column.set(event, intern(a.values, record, a.field, a.column.intern));
  }

  private time(record: CsvRecord, field: number): number {
    if (field < record.count && !record.escaped[field]) {
      const fast = this.timestamps.parse(record.bytes, record.start[field]!, record.end[field]!);
      if (fast !== undefined) return fast;
    }
    return parseTimestamp(record.text(field), this.clock);
  }
}

/**
 * The code of field `field` through `interner`; `assign` gives the code of a value seen for the
 * first time. A field with doubled quotes is interned by its unescaped bytes.
 */
function intern(interner: ByteInterner, record: CsvRecord, field: number, assign: (text: string) => number): number {
  if (field >= record.count) return internText(interner, "", assign);
  if (record.escaped[field]) return internText(interner, record.text(field), assign);
  const { bytes } = record;
  const start = record.start[field]!;
  const end = record.end[field]!;
  const known = interner.find(bytes, start, end);
  if (known >= 0) return known;
  const code = assign(bytes.toString("utf8", start, end));
  interner.add(bytes, start, end, code);
  return code;
}

function internText(interner: ByteInterner, text: string, assign: (text: string) => number): number {
  const bytes = Buffer.from(text, "utf8");
  const known = interner.find(bytes, 0, bytes.length);
  if (known >= 0) return known;
  const code = assign(text);
  interner.add(bytes, 0, bytes.length, code);
  return code;
}

/** The 1-based column where field `i` starts (exact for unquoted fields). */
function columnOf(record: CsvRecord, i: number): number {
  let column = 1;
  for (let k = 0; k < i && k < record.count; k++) column += record.text(k).length + 1;
  return column;
}
