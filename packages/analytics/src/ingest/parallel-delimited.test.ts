import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EventLogError } from "./event-log-error";
import { readEventLog } from "./read-event-log";
import { readDelimitedInParallel } from "./parallel-delimited";
import { EventLogBuilder } from "../log/event-log-builder";
import type { EventLog } from "../log/event-log";

const dir = mkdtempSync(join(tmpdir(), "kaart-parallel-"));
const parallel = { limits: { parallelMinBytes: 0 }, threads: 2 };

function rows(log: EventLog) {
  return Array.from(log.activity, (a, i) => {
    const channel = log.attributes.get("channel");
    const code = channel?.codes[i] ?? -1;
    return `${log.activityNames[a]}@${log.time[i]}/${code >= 0 ? channel?.values[code] : ""}`;
  });
}

function writeLog(name: string, lines: number, extra = ""): string {
  let text = "case,activity,timestamp,channel\r\n";
  for (let i = 0; i < lines; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    text += `c${i % 37},step ${(i * 7) % 11},2024-02-${day}T10:${String(i % 60).padStart(2, "0")}:00Z,${i % 5 === 0 ? "" : i % 2 ? "web" : "app"}\r\n`;
  }
  const path = join(dir, name);
  writeFileSync(path, text + extra);
  return path;
}

test("worker threads read a plain CSV exactly as the sequential reader does", async () => {
  const path = writeLog("plain.csv", 5000);
  const sequential = await readEventLog(path, { threads: 1 });
  // Unset is the default: worker threads for a file this size or larger.
  for (const threads of [undefined, 2, 3]) {
    const log = await readEventLog(path, threads === undefined ? { limits: parallel.limits } : { ...parallel, threads });
    assert.deepEqual(log.caseIds, sequential.caseIds);
    assert.deepEqual(log.caseStart, sequential.caseStart);
    assert.deepEqual(rows(log), rows(sequential));
  }
});

test("a quote anywhere sends the file back to the sequential reader, with the same result", async () => {
  const path = writeLog("quoted.csv", 3000, 'c1,"step, quoted",2024-03-01T00:00:00Z,web\r\n');
  const log = await readEventLog(path, parallel);
  assert.ok(log.activityNames.includes("step, quoted"));
  assert.deepEqual(rows(log), rows(await readEventLog(path, { threads: 1 })));
});

test("a bad row found by a worker is reported with its exact line by the sequential reader", async () => {
  const path = writeLog("bad.csv", 3000, "c1,a,never,web\r\n");
  await assert.rejects(readEventLog(path, parallel), (e: unknown) => e instanceof EventLogError && e.code === "bad_timestamp" && e.position.line === 3002);
});

test("readDelimitedInParallel takes the plain file and declines the quoted one", async () => {
  const options = { mapping: {}, clock: "utc" as const, threads: 2 };
  const builder = new EventLogBuilder();
  assert.equal(await readDelimitedInParallel(writeLog("plain2.csv", 2000), options, builder), true);
  assert.equal(builder.size, 2000);
  const untouched = new EventLogBuilder();
  assert.equal(await readDelimitedInParallel(writeLog("quoted2.csv", 2000, 'c1,"x",2024-03-01T00:00:00Z,web\n'), options, untouched), false);
  assert.equal(untouched.size, 0);
});
