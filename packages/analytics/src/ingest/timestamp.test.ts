import { test } from "node:test";
import assert from "node:assert/strict";
import { formatTimestamp, parseTimestamp } from "./timestamp";

test("parseTimestamp applies UTC offsets and keeps milliseconds", () => {
  assert.equal(formatTimestamp(parseTimestamp("2011-10-11 13:45:40.276000+02:00")), "2011-10-11T11:45:40.276Z");
  assert.equal(formatTimestamp(parseTimestamp("2010-12-30T14:32:00.000+01:00")), "2010-12-30T13:32:00.000Z");
  assert.equal(formatTimestamp(parseTimestamp("2024-03-01T05:30:00-05:00")), "2024-03-01T10:30:00.000Z");
  assert.equal(formatTimestamp(parseTimestamp("2024-03-01T10:00:00Z")), "2024-03-01T10:00:00.000Z");
  assert.equal(formatTimestamp(parseTimestamp("2024-03-01")), "2024-03-01T00:00:00.000Z");
});

test("parseTimestamp keeps sub-millisecond digits as a fraction, so close events still sort", () => {
  const a = parseTimestamp("2024-03-01T10:00:00.000100Z");
  const b = parseTimestamp("2024-03-01T10:00:00.000200Z");
  assert.ok(a < b);
  assert.equal(Math.floor(a), Date.parse("2024-03-01T10:00:00.000Z"));
});

test("parseTimestamp in local clock mode ignores the offset", () => {
  assert.equal(formatTimestamp(parseTimestamp("2011-10-11T13:45:40.276+02:00", "local")), "2011-10-11T13:45:40.276Z");
});

test("parseTimestamp rejects text and impossible dates", () => {
  for (const bad of ["", "yesterday", "2024-02-30T00:00:00Z", "2024-13-01", "2024-03-01T25:00:00Z", "1709287200000"]) {
    assert.ok(Number.isNaN(parseTimestamp(bad)), bad);
  }
});

test("the fast path and the general parser agree", () => {
  for (const text of ["2024-02-29T23:59:59.999+05:30", "1999-12-31 00:00:00Z", "2011-10-11 13:45:40.276000+02:00", "1970-01-01T01:00:00.000+01:00", "2400-03-01T00:00:00-00:30"]) {
    assert.equal(parseTimestamp(text), parseTimestamp(` ${text}`), text);
    assert.equal(parseTimestamp(text), Date.parse(text.replace(" ", "T").replace(/(\.\d{3})\d+/, "$1")), text);
  }
  assert.ok(Number.isNaN(parseTimestamp("2023-02-29T00:00:00Z")));
});

test("slashes and one-digit fields in the date are read too", () => {
  assert.equal(formatTimestamp(parseTimestamp("2024/3/1 9:05:00")), "2024-03-01T09:05:00.000Z");
});
