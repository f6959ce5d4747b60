import { test } from "node:test";
import assert from "node:assert/strict";
import { EventLogBuilder } from "../log/event-log-builder";
import type { EventLog } from "../log/event-log";
import { readDelimited } from "./csv-reader";
import { EventLogError } from "./event-log-error";

async function read(chunks: Uint8Array[], delimiter?: string): Promise<EventLog> {
  const builder = new EventLogBuilder();
  await readDelimited(
    (async function* () {
      yield* chunks;
    })(),
    {},
    builder,
    "utc",
    delimiter,
  );
  return builder.build();
}

function rows(log: EventLog): string[] {
  const note = log.attributes.get("note");
  return Array.from(log.activity, (a, i) => {
    const c = log.caseStart.findLastIndex((s) => s <= i);
    const code = note?.codes[i] ?? -1;
    return `${log.caseIds[c]}|${log.activityNames[a]}|${new Date(log.time[i]!).toISOString()}|${code >= 0 ? note!.values[code] : ""}`;
  });
}

const csv = Buffer.from(
  '\uFEFFcase;activity;timestamp;note\r\n' +
    'č1;"Kaufen; 🛒";2024-03-01T10:00:00Z;"sagte ""hallo""\r\nund ging"\r\n' +
    'č1;Zahlung ✓;2024-03-01 11:00:00.5+01:00;\r\n' +
    '"c""2";"Kaufen; 🛒";2024-03-02T00:00:00.123Z;kurz\r\n',
);

test("a CSV read in two chunks gives the same log wherever the cut falls (BOM, quoted field, multi-byte character, CRLF)", async () => {
  const whole = rows(await read([csv]));
  assert.deepEqual(whole, [
    'č1|Kaufen; 🛒|2024-03-01T10:00:00.000Z|sagte "hallo"\r\nund ging',
    "č1|Zahlung ✓|2024-03-01T10:00:00.500Z|",
    'c"2|Kaufen; 🛒|2024-03-02T00:00:00.123Z|kurz',
  ]);
  for (let cut = 0; cut <= csv.length; cut++) {
    assert.deepEqual(rows(await read([csv.subarray(0, cut), csv.subarray(cut)])), whole, `cut at ${cut}`);
  }
});

test("an error names the line it is on, counting newlines inside quotes, wherever chunks are cut", async () => {
  const bad = Buffer.from('case,activity,timestamp\nc1,"two\nlines",2024-01-01T00:00:00Z\nc1,b,later\n');
  for (let cut = 0; cut <= bad.length; cut += 7) {
    await assert.rejects(read([bad.subarray(0, cut), bad.subarray(cut)]), (e: unknown) => {
      assert.ok(e instanceof EventLogError);
      assert.equal(e.code, "bad_timestamp");
      assert.equal(e.position.line, 4);
      assert.equal(e.position.column, 6);
      assert.match(e.message, /"later" in column "timestamp"/);
      return true;
    });
  }
});

test("a case id quoted with doubled quotes is the same case as its bytes unquoted; bytes that are not UTF-8 decode to one id", async () => {
  const log = await read([Buffer.from('case,activity,timestamp\n"c""1",a,2024-01-01T00:00:00Z\nc"1,b,2024-01-01T00:00:01Z\n')]);
  assert.deepEqual(log.caseIds, ['c"1']);
  const header = Buffer.from("case,activity,timestamp\n");
  const invalid = Buffer.concat([header, Buffer.from([0x63, 0xff]), Buffer.from(",a,2024-01-01T00:00:00Z\n"), Buffer.from([0x63, 0xfe]), Buffer.from(",b,2024-01-01T00:00:01Z\n")]);
  const merged = await read([invalid]);
  assert.deepEqual(merged.caseIds, ["c\uFFFD"]);
  assert.deepEqual(Array.from(merged.activity, (a) => merged.activityNames[a]), ["a", "b"]);
});

test("rows with missing fields and too many fields are refused with their line", async () => {
  const short = Buffer.from("case,activity,timestamp\nc1,a\n");
  await assert.rejects(read([short]), (e: unknown) => e instanceof EventLogError && e.code === "bad_timestamp" && e.position.line === 2);
  const long = Buffer.from("case,activity,timestamp\nc1,a,2024-01-01T00:00:00Z,extra\n");
  await assert.rejects(read([long]), (e: unknown) => e instanceof EventLogError && e.code === "malformed_csv" && e.position.line === 2);
  const noCase = Buffer.from("case,activity,timestamp\n,a,2024-01-01T00:00:00Z\n");
  await assert.rejects(read([noCase]), (e: unknown) => e instanceof EventLogError && e.code === "missing_case" && e.position.line === 2);
});
