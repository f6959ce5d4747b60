import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import ExcelJS from "exceljs";
import { fixturePath } from "../test-fixtures";
import { runQuery } from "../queries/run-query";
import { EventLogError } from "./event-log-error";
import { readEventLog } from "./read-event-log";

const dir = mkdtempSync(join(tmpdir(), "kaart-tables-"));

async function shopDfg(path: string) {
  return runQuery(await readEventLog(path), { kind: "dfg", version: 1 });
}

test("Parquet: typed TIMESTAMPTZ and text timestamps give the same log as the CSV", async () => {
  const instance = await DuckDBInstance.create(":memory:");
  const con = await instance.connect();
  const csv = fixturePath("shop.csv").replaceAll("'", "''");
  const typed = join(dir, "typed.parquet");
  const text = join(dir, "text.parquet");
  await con.run(`copy (select "Case ID" as case_id, Activity as activity, Timestamp::timestamptz as ts, "case:channel" as channel from read_csv('${csv}', all_varchar = true)) to '${typed}' (format parquet)`);
  await con.run(`copy (select * from read_csv('${csv}', all_varchar = true)) to '${text}' (format parquet)`);
  con.closeSync();
  instance.closeSync();
  const expected = await shopDfg(fixturePath("shop.csv"));
  assert.deepEqual(await shopDfg(typed), expected);
  assert.deepEqual(await shopDfg(text), expected);
  const log = await readEventLog(typed);
  assert.deepEqual([...(log.attributes.get("channel")?.values ?? [])].sort(), ["app", "web"]);
});

test("XLSX: the first sheet, date cells and text cells", async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("events");
  sheet.addRow(["case", "activity", "timestamp", "note"]);
  const lines = readFileSync(fixturePath("shop.jsonl"), "utf8").split("\n").filter((l) => l.trim() !== "");
  lines.forEach((line, i) => {
    const e: { case_id: string; activity: string; timestamp: string } = JSON.parse(line);
    sheet.addRow([e.case_id, e.activity, i % 2 === 0 ? new Date(e.timestamp) : e.timestamp, i === 0 ? { richText: [{ text: "first " }, { text: "row" }] } : null]);
  });
  const path = join(dir, "shop.xlsx");
  await workbook.xlsx.writeFile(path);
  assert.deepEqual(await shopDfg(path), await shopDfg(fixturePath("shop.csv")));
  const log = await readEventLog(path);
  assert.deepEqual(log.attributes.get("note")?.values, ["first row"]);
  assert.equal((await readEventLog(new Uint8Array(readFileSync(path)))).activity.length, 16);
});

test("a file that is not Parquet is named as such", async () => {
  await assert.rejects(readEventLog(fixturePath("shop.csv"), { format: "parquet" }), (e: unknown) => e instanceof EventLogError && e.code === "malformed_parquet");
  await assert.rejects(readEventLog(fixturePath("shop.csv"), { format: "xlsx" }), (e: unknown) => e instanceof EventLogError && e.code === "malformed_xlsx");
});
