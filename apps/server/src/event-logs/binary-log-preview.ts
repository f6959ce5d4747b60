import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { DuckDBInstance } from "@duckdb/node-api";
import ExcelJS from "exceljs";
import { EventLogError } from "@kaart/analytics";

/** The header and first data rows of a spreadsheet or Parquet log, all as text. */
export interface LogTable {
  columns: string[];
  rows: string[][];
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    // Rich text, hyperlinks and formulas: their text or their cached result.
    if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((r: { text?: unknown }) => String(r.text ?? "")).join("");
    if ("text" in value) return String(value.text);
    if ("result" in value) return cellText(value.result);
    return "";
  }
  return String(value);
}

/**
 * Row 1 (the header) and up to `rows` rows of the first worksheet, read with exceljs' streaming
 * reader so a large workbook is not unpacked whole for a preview. Not a workbook: `malformed_xlsx`.
 */
export async function xlsxHead(bytes: Uint8Array, rows: number): Promise<LogTable> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), { sharedStrings: "cache", hyperlinks: "ignore", styles: "cache", worksheets: "emit" });
  const table: string[][] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = Array.isArray(row.values) ? row.values.slice(1) : [];
        table.push(Array.from(values, cellText));
        if (table.length > rows) break;
      }
      break;
    }
  } catch (error) {
    throw new EventLogError("malformed_xlsx", error instanceof Error ? error.message : String(error));
  }
  const [header = [], ...body] = table;
  return { columns: header, rows: body.map((r) => header.map((_, i) => r[i] ?? "")) };
}

/**
 * The columns and up to `rows` rows of a Parquet file, every value cast to text by DuckDB (the
 * engine the upload reads it with). DuckDB reads files, not bytes: the bytes go to a private
 * temporary folder for the duration. Not Parquet: `malformed_parquet`.
 */
export async function parquetHead(bytes: Uint8Array, rows: number): Promise<LogTable> {
  const dir = await mkdtemp(join(tmpdir(), "kaart-preview-"));
  const path = join(dir, "log.parquet");
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  const con = await instance.connect();
  try {
    await writeFile(path, bytes);
    await con.run("set TimeZone = 'UTC'");
    const source = `read_parquet('${path.replaceAll("'", "''")}')`;
    const described = await con.runAndReadAll(`describe select * from ${source}`);
    const columns = described.getRowObjectsJS().map((r) => String(r.column_name));
    const select = columns.map((c) => `"${c.replaceAll('"', '""')}"::varchar`).join(", ");
    const result = await con.runAndReadAll(`select ${select} from ${source} limit ${Math.max(0, Math.floor(rows))}`);
    return { columns, rows: result.getRows().map((r) => r.map((v) => (v === null ? "" : String(v)))) };
  } catch (error) {
    throw new EventLogError("malformed_parquet", error instanceof Error ? error.message.split("\n")[0]! : String(error));
  } finally {
    con.closeSync();
    instance.closeSync();
    await rm(dir, { recursive: true, force: true });
  }
}
