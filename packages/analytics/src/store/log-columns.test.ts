import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EventLogBuilder } from "../log/event-log-builder";
import { isShared } from "../parallel/shared-memory";
import { runQuery } from "../queries/run-query";
import { shopLog } from "../test-fixtures";
import { openLogColumns } from "./open-log-columns";
import { LogColumnsError } from "./log-columns-error";
import { writeLogColumns } from "./write-log-columns";

const folder = () => mkdtempSync(join(tmpdir(), "kaart-columns-"));

test("a stored log opens with the same columns, case ids and attributes, and answers queries alike", async () => {
  const dir = folder();
  try {
    const log = await shopLog();
    writeLogColumns(log, join(dir, "log"));
    const opened = openLogColumns(join(dir, "log"));
    assert.deepEqual(Array.from(opened.caseStart), Array.from(log.caseStart));
    assert.deepEqual(Array.from(opened.activity), Array.from(log.activity));
    assert.deepEqual(Array.from(opened.time), Array.from(log.time));
    assert.deepEqual(opened.activityNames, log.activityNames);
    assert.deepEqual(opened.caseIds, log.caseIds);
    assert.deepEqual([...opened.attributes.keys()], [...log.attributes.keys()]);
    for (const [key, column] of log.attributes) {
      assert.deepEqual(opened.attributes.get(key)!.values, column.values);
      assert.deepEqual(Array.from(opened.attributes.get(key)!.codes), Array.from(column.codes));
    }
    assert.ok(isShared(opened.activity) && isShared(opened.time) && isShared(opened.caseStart), "columns in shared memory, for the scan helper");
    const segment = { where: [{ attribute: [...log.attributes.keys()][0]!, value: [...log.attributes.values()][0]!.values[0]! }] };
    for (const query of [{ kind: "dfg" }, { kind: "variants", top: 5 }, { kind: "funnel", steps: ["visit", "cart", "pay"] }, { kind: "time" }, { kind: "stats", segment }] as const) {
      assert.deepEqual(runQuery(opened, { version: 1, ...query } as never), runQuery(log, { version: 1, ...query } as never), query.kind);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("case ids and attribute columns are read only when asked for", async () => {
  const dir = folder();
  try {
    const log = await shopLog();
    writeLogColumns(log, join(dir, "log"));
    const opened = openLogColumns(join(dir, "log"));
    rmSync(join(dir, "log", "case-ids.json"));
    rmSync(join(dir, "log", "attribute-0.i32"));
    assert.equal(runQuery(opened, { kind: "stats", version: 1 }).events, log.activity.length, "queries need neither");
    assert.throws(() => opened.caseIds, (e: unknown) => e instanceof LogColumnsError && e.code === "corrupt_columns");
    assert.throws(() => opened.attributes.get([...log.attributes.keys()][0]!), (e: unknown) => e instanceof LogColumnsError && e.code === "corrupt_columns");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("missing, truncated, corrupt or foreign columns are refused with a named error, never opened wrong", async () => {
  const dir = folder();
  try {
    const builder = new EventLogBuilder();
    for (let c = 0; c < 50; c++) for (let e = 0; e < 4; e++) builder.add(`case ${c}`, `a${(c + e) % 3}`, 1_700_000_000_000 + e * 1000);
    const log = builder.build();
    const target = join(dir, "log");
    const refused = (code: string) => (e: unknown) => e instanceof LogColumnsError && e.code === code;
    assert.throws(() => openLogColumns(join(dir, "nothing")), refused("missing_columns"));
    const cases: Array<[string, () => void, string]> = [
      ["truncated times", () => truncateSync(join(target, "time.f64"), 100), "corrupt_columns"],
      ["missing activities", () => rmSync(join(target, "activity.codes")), "corrupt_columns"],
      ["meta not JSON", () => writeFileSync(join(target, "meta.json"), "{"), "corrupt_columns"],
      ["another version", () => writeFileSync(join(target, "meta.json"), readFileSync(join(target, "meta.json"), "utf8").replace('"version":1', '"version":99')), "unsupported_columns"],
      ["an unknown activity code", () => writeFileSync(join(target, "activity.codes"), new Uint8Array(new Uint16Array(200).fill(7).buffer)), "corrupt_columns"],
      ["an empty case", () => writeFileSync(join(target, "case-start.u32"), new Uint8Array(Uint32Array.from({ length: 51 }, (_, c) => (c === 1 ? 0 : c * 4)).buffer)), "corrupt_columns"],
    ];
    for (const [what, damage, code] of cases) {
      writeLogColumns(log, target);
      openLogColumns(target);
      damage();
      assert.throws(() => openLogColumns(target), refused(code), what);
    }
    writeLogColumns(log, target);
    assert.deepEqual(readdirSync(dir), ["log"], "written through a folder of its own, renamed into place");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
