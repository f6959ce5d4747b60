import { test } from "node:test";
import assert from "node:assert/strict";
import { DelimitedParser } from "./delimited-parser";
import { EventLogError } from "./event-log-error";

function parseAll(chunks: string[], delimiter = ","): Array<[number, string[]]> {
  const out: Array<[number, string[]]> = [];
  const parser = new DelimitedParser(delimiter, (fields, line) => out.push([line, fields]));
  for (const c of chunks) parser.write(c);
  parser.end();
  return out;
}

const text = '\uFEFFa,b,c\r\n1,"x, ""y""",3\r\n\r\n2,"multi\nline",\n3,,"last"';
const expected: Array<[number, string[]]> = [
  [1, ["a", "b", "c"]],
  [2, ["1", 'x, "y"', "3"]],
  [4, ["2", "multi\nline", ""]],
  [6, ["3", "", "last"]],
];

test("quotes, doubled quotes, CRLF, blank lines, quoted newlines and a last line without newline", () => {
  assert.deepEqual(parseAll([text]), expected);
});

test("the result does not depend on where chunks are cut", () => {
  for (let cut = 0; cut <= text.length; cut++) assert.deepEqual(parseAll([text.slice(0, cut), text.slice(cut)]), expected, `cut at ${cut}`);
  assert.deepEqual(parseAll([...text]), expected);
});

test("other delimiters", () => {
  assert.deepEqual(parseAll(["a\tb\n1\t2\n"], "\t"), [
    [1, ["a", "b"]],
    [2, ["1", "2"]],
  ]);
});

test("an unclosed quote and text after a closing quote are malformed", () => {
  for (const bad of ['a,b\n1,"open\n2,3\n', 'a,b\n"x"y,2\n']) {
    assert.throws(
      () => parseAll([bad]),
      (e: unknown) => e instanceof EventLogError && e.code === "malformed_csv",
    );
  }
});
