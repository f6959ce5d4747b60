import { test } from "node:test";
import assert from "node:assert/strict";
import { parseTimestamp } from "./timestamp";
import { TimestampBytesParser } from "./timestamp-bytes";

test("the byte parser answers as parseTimestamp does for its layout, and declines the others", () => {
  const parser = new TimestampBytesParser("utc");
  const local = new TimestampBytesParser("local");
  const read = (p: TimestampBytesParser, text: string) => {
    const bytes = Buffer.from(`,${text},`);
    return p.parse(bytes, 1, bytes.length - 1);
  };
  for (const text of [
    "2024-03-01T10:00:00Z",
    "2024-03-01 10:00:00.5",
    "2024-03-01T10:00:00.25+05:30",
    "2024-03-01T10:00:00,123-02:00",
    "2024-02-29T23:59:59.999z",
    "2024-03-01T10:00:00.000Z",
    "2024-03-01T10:00:00.000Z",
    "2024-03-02T00:00:00Z",
  ]) {
    assert.equal(read(parser, text), parseTimestamp(text, "utc"), text);
    assert.equal(read(local, text), parseTimestamp(text, "local"), text);
  }
  for (const bad of ["2023-02-29T00:00:00Z", "2024-03-01T24:00:00Z", "2024-13-01T00:00:00Z"]) assert.ok(Number.isNaN(read(parser, bad)), bad);
  for (const other of ["2024-03-01", "2024/3/1 9:05:00", " 2024-03-01T10:00:00Z", "2024-03-01T10:00:00.000100Z", "2024-03-01T10:00:00 UTC", "soon"]) {
    assert.equal(read(parser, other), undefined, other);
  }
});
