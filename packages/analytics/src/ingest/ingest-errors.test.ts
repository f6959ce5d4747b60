import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { fixturePath } from "../test-fixtures";
import { EventLogError, type EventLogErrorCode } from "./event-log-error";
import { readEventLog, type ReadEventLogOptions } from "./read-event-log";

const dir = mkdtempSync(join(tmpdir(), "kaart-ingest-"));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function rejectsWith(path: string, code: EventLogErrorCode, at: { line?: number; column?: number } = {}, options: ReadEventLogOptions = {}) {
  await assert.rejects(readEventLog(path, options), (error: unknown) => {
    assert.ok(error instanceof EventLogError, String(error));
    assert.equal(error.code, code, error.message);
    assert.equal(error.position.file, path);
    if (at.line !== undefined) assert.equal(error.position.line, at.line, error.message);
    if (at.column !== undefined) assert.equal(error.position.column, at.column, error.message);
    return true;
  });
}

const header = "case,activity,timestamp\n";

test("a missing column is named", async () => {
  await rejectsWith(file("nocase.csv", "activity,timestamp\na,2024-01-01T00:00:00Z\n"), "missing_column", { line: 1 });
  await rejectsWith(file("ok.csv", header + "c,a,2024-01-01T00:00:00Z\n"), "missing_column", { line: 1 }, { columns: { activity: "event" } });
});

test("an unparseable timestamp reports its line", async () => {
  await rejectsWith(file("badtime.csv", header + "c,a,2024-01-01T00:00:00Z\nc,b,\"not a time\"\n"), "bad_timestamp", { line: 3 });
  await rejectsWith(file("badtime.jsonl", '{"case":"c","activity":"a","timestamp":"2024-01-01"}\n{"case":"c","activity":"a","timestamp":"soon"}\n'), "bad_timestamp", { line: 2 });
});

test("malformed CSV, JSON and XML report where they break", async () => {
  await rejectsWith(file("quote.csv", header + 'c,"a,2024-01-01T00:00:00Z\n'), "malformed_csv");
  await rejectsWith(file("broken.jsonl", '{"case":"c","activity":"a","timestamp":"2024-01-01"}\n{"case":\n'), "malformed_json", { line: 2 });
  await rejectsWith(file("broken.xes", "<log>\n  <trace>\n    <event></trace>\n</log>\n"), "malformed_xml", { line: 3 });
});

test("XES with a DOCTYPE (entity expansion) is refused", async () => {
  const bomb = '<?xml version="1.0"?>\n<!DOCTYPE log [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<log><trace><string key="concept:name" value="&b;"/></trace></log>\n';
  await rejectsWith(file("dtd.xes", bomb), "dtd_refused", { line: 2 });
});

test("an XES event without a timestamp is refused with the event's position", async () => {
  const xes = '<log>\n<trace><string key="concept:name" value="1"/>\n<event><string key="concept:name" value="a"/></event>\n</trace>\n</log>\n';
  await rejectsWith(file("notime.xes", xes), "missing_timestamp", { line: 3 });
});

test("an empty log is an error", async () => {
  await rejectsWith(file("empty.csv", header), "empty_log");
  await rejectsWith(file("empty.xes", "<log></log>"), "empty_log");
  await rejectsWith(file("nothing.jsonl", ""), "empty_log");
});

test("a truncated gzip is named as such, at the position reading had reached", async () => {
  const whole = readFileSync(fixturePath("shop.xes.gz"));
  await rejectsWith(file("cut.xes.gz", whole.subarray(0, whole.length - 20)), "truncated_gzip");
  const csv = gzipSync(readFileSync(fixturePath("shop.csv")));
  await rejectsWith(file("cut.csv.gz", csv.subarray(0, csv.length - 8)), "truncated_gzip", { line: 18 });
});

test("a decompression bomb stops at the limit", async () => {
  const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x20));
  await rejectsWith(file("bomb.xes.gz", bomb), "decompression_bomb", {}, { limits: { maxDecompressedBytes: 1024 * 1024 } });
  await rejectsWith(file("bomb2.xes.gz", bomb), "decompression_bomb", {}, { limits: { maxCompressionRatio: 50 } });
});

test("a file over --max-bytes is refused before reading", async () => {
  await rejectsWith(fixturePath("shop.csv"), "file_too_large", {}, { limits: { maxBytes: 100 } });
});

test("a missing file is named", async () => {
  await rejectsWith(join(dir, "absent.csv"), "file_not_found");
});
