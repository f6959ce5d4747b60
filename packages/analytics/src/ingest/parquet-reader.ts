import { DuckDBInstance } from "@duckdb/node-api";
import type { EventLogBuilder } from "../log/event-log-builder";
import { resolveColumns, type ColumnMapping } from "./column-mapping";
import { EventLogError } from "./event-log-error";
import type { TimeParser } from "./timestamp";

/**
 * Reads a Parquet log with DuckDB's reader, chunk by chunk in file order. A timestamp column of
 * a TIMESTAMP/DATE type is taken as UTC (TIMESTAMPTZ as the instant it is); a text one goes
 * through the same parser as CSV. Other columns become text attributes. `line` in errors is the
 * row number (header excluded).
 */
export async function readParquet(path: string, mapping: Partial<ColumnMapping>, builder: EventLogBuilder, parseTime: TimeParser): Promise<void> {
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  const con = await instance.connect();
  try {
    await con.run("set TimeZone = 'UTC'");
    const source = `read_parquet('${path.replaceAll("'", "''")}')`;
    const columns = (await describe(con, source)).map((c) => ({ ...c, quoted: `"${c.name.replaceAll('"', '""')}"` }));
    const resolved = resolveColumns(columns.map((c) => c.name), mapping);
    if (!resolved.ok) throw new EventLogError("missing_column", `no ${resolved.role} column (looked for: ${resolved.wanted})`, { line: 1 });
    const { index } = resolved;
    const temporal = /^(TIMESTAMP|DATE)/i.test(columns[index.timestamp]!.type);
    const select = columns.map((c, i) => (i === index.timestamp && temporal ? `epoch_us(${c.quoted}::timestamptz)` : `${c.quoted}::varchar`));
    const result = await con.stream(`select ${select.join(", ")} from ${source}`);
    let row = 0;
    for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
      const values = chunk.getColumns();
      for (let r = 0; r < chunk.rowCount; r++) {
        row++;
        const cell = (i: number) => values[i]![r];
        const stamp = cell(index.timestamp);
        const time = typeof stamp === "bigint" ? Number(stamp) / 1000 : typeof stamp === "string" ? parseTime(stamp) : Number.NaN;
        if (Number.isNaN(time)) throw new EventLogError("bad_timestamp", `cannot read timestamp ${String(stamp)}`, { line: row });
        const caseId = cell(index.case);
        if (typeof caseId !== "string" || caseId === "") throw new EventLogError("missing_case", "empty case id", { line: row });
        const attributes: [string, string][] = [];
        columns.forEach((c, i) => {
          const v = cell(i);
          if (i !== index.case && i !== index.activity && i !== index.timestamp && typeof v === "string" && v !== "") attributes.push([c.name, v]);
        });
        const activity = cell(index.activity);
        builder.add(caseId, typeof activity === "string" ? activity : "", time, attributes);
      }
    }
  } catch (error) {
    if (error instanceof EventLogError) throw error;
    throw new EventLogError("malformed_parquet", error instanceof Error ? error.message.split("\n")[0]! : String(error));
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

async function describe(con: Awaited<ReturnType<DuckDBInstance["connect"]>>, source: string): Promise<Array<{ name: string; type: string }>> {
  const reader = await con.runAndReadAll(`describe select * from ${source}`);
  return reader.getRowObjectsJS().map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
}
