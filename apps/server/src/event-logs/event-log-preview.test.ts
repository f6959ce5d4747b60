import { it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { EventLogError } from "@kaart/analytics";
import { previewEventLog } from "./event-log-preview";

const fixtures = resolve(import.meta.dirname, "../../../../packages/analytics/fixtures");
const bytes = (text: string) => new TextEncoder().encode(text);

it("reads a TSV preview with quotes, a BOM and CRLF, and suggests optional roles", async () => {
  const tsv = '\uFEFFSession\tEvent\tTimestamp\tDevice\tPlan\r\ns1\t"open\tapp"\t2024-01-01\tios\tpro\r\n';
  const p = await previewEventLog(bytes(tsv), "log.tsv");
  assert.deepEqual(p.columns, ["Session", "Event", "Timestamp", "Device", "Plan"]);
  assert.deepEqual(p.suggested, { case: "Session", activity: "Event", timestamp: "Timestamp", channel: "Device", segment: "Plan" });
  assert.deepEqual(p.rows, [["s1", "open\tapp", "2024-01-01", "ios", "pro"]]);
});

it("previews gzipped XES from the file itself, with the standard keys as the mapping", async () => {
  const p = await previewEventLog(new Uint8Array(readFileSync(resolve(fixtures, "shop.xes.gz"))), "shop.xes.gz");
  assert.equal(p.format, "xes");
  assert.deepEqual([p.suggested.case, p.suggested.activity, p.suggested.timestamp], ["case:concept:name", "concept:name", "time:timestamp"]);
  assert.ok(p.rows.length > 0);
  assert.equal(p.rows[0]!.length, p.columns.length);
});

it("points at the line of a broken JSON Lines row", async () => {
  await assert.rejects(previewEventLog(bytes('{"a":1}\n{oops}\n{"a":2}\n'), "x.jsonl"), (e: unknown) => e instanceof EventLogError && e.code === "malformed_json" && e.position.line === 2);
});
