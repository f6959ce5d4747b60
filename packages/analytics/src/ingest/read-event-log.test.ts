import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fixturePath } from "../test-fixtures";
import { readEventLog } from "./read-event-log";
import type { EventLog } from "../log/event-log";

function summary(log: EventLog) {
  return log.caseIds.map((id, c) => ({
    id,
    events: Array.from(log.activity.subarray(log.caseStart[c]!, log.caseStart[c + 1]!), (a, i) => {
      const t = log.time[log.caseStart[c]! + i]!;
      return `${log.activityNames[a]}@${new Date(t).toISOString()}`;
    }),
  }));
}

test("CSV (BOM, ';', quotes, offsets), JSON Lines, XES and gzipped XES give the same canonical log", async () => {
  const csv = summary(await readEventLog(fixturePath("shop.csv")));
  assert.deepEqual(csv[1], {
    id: "c2",
    events: [
      "visit@2024-03-01T10:00:00.000Z",
      "cart@2024-03-01T10:10:00.000Z",
      "visit@2024-03-01T10:15:00.000Z",
      "cart@2024-03-01T10:25:00.000Z",
      "checkout@2024-03-01T11:00:00.000Z",
    ],
  });
  assert.deepEqual(csv[3]?.events, ["cart@2024-03-01T12:00:00.000Z", "pay@2024-03-01T12:00:00.000Z"]);
  for (const other of ["shop.jsonl", "shop.xes", "shop.xes.gz"]) {
    assert.deepEqual(summary(await readEventLog(fixturePath(other))), csv, other);
  }
});

test("attributes are dictionary-encoded; XES trace attributes become case:<key>; nested XES attributes are ignored", async () => {
  for (const name of ["shop.csv", "shop.xes"]) {
    const log = await readEventLog(fixturePath(name));
    const channel = log.attributes.get("case:channel");
    assert.ok(channel, name);
    assert.deepEqual([...channel.values].sort(), ["app", "web"]);
    assert.equal(channel.values[channel.codes[log.caseStart[1]!]!], "app");
  }
  const csv = await readEventLog(fixturePath("shop.csv"));
  assert.ok(csv.attributes.get("note")?.values.includes("landing; spring sale"));
  assert.ok(csv.attributes.get("note")?.values.includes('said "hi"'));
  const xes = await readEventLog(fixturePath("shop.xes"));
  assert.equal(xes.attributes.has("tags"), false);
  assert.deepEqual(xes.attributes.get("lifecycle:transition")?.values, ["complete"]);
});

test("bytes are read too, with the format sniffed from the content", async () => {
  for (const name of ["shop.csv", "shop.jsonl", "shop.xes", "shop.xes.gz"]) {
    const log = await readEventLog(new Uint8Array(readFileSync(fixturePath(name))));
    assert.equal(log.activity.length, 16, name);
    assert.equal(log.caseIds.length, 5, name);
  }
});

test("column mapping can be given explicitly, and a tab-separated file is read", async () => {
  const tsv = "session\twhat\twhen\tplan\ns1\tsignup\t2024-01-01T00:00:00Z\tfree\ns1\tupgrade\t2024-01-02T00:00:00Z\tpro\n";
  const log = await readEventLog(new TextEncoder().encode(tsv), { format: "csv", columns: { case: "session", activity: "what", timestamp: "when" } });
  assert.deepEqual(log.caseIds, ["s1"]);
  assert.deepEqual(Array.from(log.activity, (a) => log.activityNames[a]), ["signup", "upgrade"]);
  assert.deepEqual(log.attributes.get("plan")?.values, ["free", "pro"]);
});

test("a large log in memory is read in chunks, as the same file would be, with progress up to its size", async () => {
  let text = "case,activity,timestamp\n";
  for (let i = 0; i < 60_000; i++) text += `c${i % 997},"step, ${i % 13}",2024-02-01T10:${String(i % 60).padStart(2, "0")}:00.${String(i % 1000).padStart(3, "0")}Z\n`;
  const bytes = new TextEncoder().encode(text);
  assert.ok(bytes.length > 2 * 1024 * 1024);
  const seen: number[] = [];
  const log = await readEventLog(bytes, { format: "csv", onProgress: (read, total) => seen.push(read / total) });
  assert.equal(log.activity.length, 60_000);
  assert.equal(log.caseIds.length, 997);
  assert.ok(seen.length > 2 && seen.at(-1) === 1, String(seen));
  assert.equal(log.activityNames.length, 13);
});
