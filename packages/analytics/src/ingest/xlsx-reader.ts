import ExcelJS from "exceljs";
import { Readable } from "node:stream";
import type { EventLogBuilder } from "../log/event-log-builder";
import { resolveColumns, type ColumnMapping } from "./column-mapping";
import { EventLogError } from "./event-log-error";
import type { TimeParser } from "./timestamp";

/**
 * Streams the first worksheet of an XLSX workbook (exceljs' streaming reader): row 1 is the
 * header. Date cells are instants (Excel stores no offset; they are read as UTC); text cells go
 * through the timestamp parser. `line` in errors is the sheet's row number.
 */
export async function readXlsx(input: string | Uint8Array, mapping: Partial<ColumnMapping>, builder: EventLogBuilder, parseTime: TimeParser): Promise<void> {
  const source = typeof input === "string" ? input : Readable.from([Buffer.from(input)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, { sharedStrings: "cache", hyperlinks: "ignore", styles: "cache", worksheets: "emit" });
  let header: string[] | undefined;
  let index = { case: 0, activity: 0, timestamp: 0 };
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const cells = rowCells(row.values);
        if (!header) {
          header = cells.map(cellText);
          const resolved = resolveColumns(header, mapping);
          if (!resolved.ok) throw new EventLogError("missing_column", `no ${resolved.role} column (looked for: ${resolved.wanted})`, { line: row.number, column: 1 });
          index = resolved.index;
          continue;
        }
        addRow(builder, header, index, cells, row.number, parseTime);
      }
      break;
    }
  } catch (error) {
    if (error instanceof EventLogError) throw error;
    throw new EventLogError("malformed_xlsx", error instanceof Error ? error.message : String(error));
  }
}

function addRow(builder: EventLogBuilder, header: string[], index: Record<keyof ColumnMapping, number>, cells: unknown[], line: number, parseTime: TimeParser): void {
  const stamp = cells[index.timestamp];
  const time = stamp instanceof Date ? stamp.getTime() : typeof stamp === "number" ? excelSerialMs(stamp) : parseTime(cellText(stamp));
  if (Number.isNaN(time)) throw new EventLogError("bad_timestamp", `cannot read timestamp "${cellText(stamp)}"`, { line, column: index.timestamp + 1 });
  const caseId = cellText(cells[index.case]);
  if (caseId === "") throw new EventLogError("missing_case", "empty case id", { line, column: index.case + 1 });
  const attributes: [string, string][] = [];
  cells.forEach((v, i) => {
    const text = cellText(v);
    if (i !== index.case && i !== index.activity && i !== index.timestamp && text !== "" && header[i] !== undefined) attributes.push([header[i]!, text]);
  });
  builder.add(caseId, cellText(cells[index.activity]), time, attributes);
}

/** An Excel serial date (days since 1899-12-30, the 1900 system) as epoch milliseconds, rounded to the millisecond. */
function excelSerialMs(serial: number): number {
  return Math.round((serial - 25_569) * 86_400_000);
}

/** exceljs row values are 1-based (index 0 empty), as an array or an object by column number. */
function rowCells(values: unknown): unknown[] {
  if (Array.isArray(values)) return values.slice(1);
  if (typeof values === "object" && values !== null) {
    const out: unknown[] = [];
    for (const [k, v] of Object.entries(values)) if (Number(k) >= 1) out[Number(k) - 1] = v;
    return out;
  }
  return [];
}

/** The text of a cell value: strings, numbers, dates (ISO), rich text, hyperlinks and formula results. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((r: unknown) => (typeof r === "object" && r !== null && "text" in r ? String(r.text) : "")).join("");
    if ("text" in value) return cellText(value.text);
    if ("result" in value) return cellText(value.result);
  }
  return "";
}
