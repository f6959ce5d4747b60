import { test } from "node:test";
import assert from "node:assert/strict";
import { CsvTokenizer } from "./csv-tokenizer";
import { EventLogError } from "./event-log-error";

const encode = (text: string) => Buffer.from(text, "utf8");

function parseAll(chunks: Uint8Array[], delimiter = ","): Array<[number, string[]]> {
  const out: Array<[number, string[]]> = [];
  const tokenizer = new CsvTokenizer(delimiter, (record, line) => out.push([line, record.texts()]));
  for (const c of chunks) tokenizer.write(c);
  tokenizer.end();
  return out;
}

/** Every way to cut `bytes` in two, and one chunk per byte. */
function everyCut(bytes: Buffer): Uint8Array[][] {
  const cuts: Uint8Array[][] = [];
  for (let cut = 0; cut <= bytes.length; cut++) cuts.push([bytes.subarray(0, cut), bytes.subarray(cut)]);
  cuts.push([...bytes].map((b) => Uint8Array.of(b)));
  return cuts;
}

const text = '\uFEFFa,b,c\r\n1,"x, ""y""",3\r\n\r\n2,"multi\nline",\n3,,"last"';
const expected: Array<[number, string[]]> = [
  [1, ["a", "b", "c"]],
  [2, ["1", 'x, "y"', "3"]],
  [4, ["2", "multi\nline", ""]],
  [6, ["3", "", "last"]],
];

test("quotes, doubled quotes, CRLF, blank lines, quoted newlines and a last line without newline", () => {
  assert.deepEqual(parseAll([encode(text)]), expected);
});

test("the result does not depend on where chunks are cut (inside the BOM, a quoted field, a doubled quote or a CRLF)", () => {
  for (const chunks of everyCut(encode(text))) assert.deepEqual(parseAll(chunks), expected, `cut into ${chunks.map((c) => c.length).join("+")}`);
});

test("a chunk edge inside a multi-byte UTF-8 character keeps the character whole", () => {
  const utf8 = 'case;activity\r\nč1;"Kaufen, 🛒"\r\nč1;Zahlung ✓\r\n';
  const want: Array<[number, string[]]> = [
    [1, ["case", "activity"]],
    [2, ["č1", "Kaufen, 🛒"]],
    [3, ["č1", "Zahlung ✓"]],
  ];
  for (const chunks of everyCut(encode(utf8))) assert.deepEqual(parseAll(chunks, ";"), want);
});

test("a chunk edge inside a CRLF that ends a quoted field still drops the CR", () => {
  const crlf = encode('a,"b"\r\n"c","d"\r\n');
  assert.deepEqual(parseAll([crlf.subarray(0, 6), crlf.subarray(6)]), [
    [1, ["a", "b"]],
    [2, ["c", "d"]],
  ]);
  assert.deepEqual(parseAll([crlf.subarray(0, 15), crlf.subarray(15)]), parseAll([crlf]));
});

test("a quoted field longer than many chunks is read whole, its newlines counted", () => {
  const long = "x".repeat(50_000) + "\n" + '""'.repeat(10_000);
  const bytes = encode(`id,body\r\n1,"${long}"\r\n2,after\r\n`);
  const chunks = Array.from({ length: Math.ceil(bytes.length / 97) }, (_, k) => bytes.subarray(k * 97, (k + 1) * 97));
  assert.deepEqual(parseAll(chunks), [
    [1, ["id", "body"]],
    [2, ["1", "x".repeat(50_000) + "\n" + '"'.repeat(10_000)]],
    [4, ["2", "after"]],
  ]);
});

test("other delimiters, also longer than one byte", () => {
  assert.deepEqual(parseAll([encode("a\tb\n1\t2\n")], "\t"), [
    [1, ["a", "b"]],
    [2, ["1", "2"]],
  ]);
  for (const chunks of everyCut(encode('a||b\n"1||x"||2\n'))) {
    assert.deepEqual(parseAll(chunks, "||"), [
      [1, ["a", "b"]],
      [2, ["1||x", "2"]],
    ]);
  }
});

test("a quote inside an unquoted field is an ordinary character", () => {
  assert.deepEqual(parseAll([encode('a,b"c,d\nx,y,z\n')]), [
    [1, ["a", 'b"c', "d"]],
    [2, ["x", "y", "z"]],
  ]);
});

test("an unclosed quote and text after a closing quote are malformed", () => {
  for (const bad of ['a,b\n1,"open\n2,3\n', 'a,b\n"x"y,2\n']) {
    assert.throws(
      () => parseAll([encode(bad)]),
      (e: unknown) => e instanceof EventLogError && e.code === "malformed_csv",
    );
  }
  assert.throws(
    () => parseAll([encode('a,b\n"x"y,2\n')]),
    (e: unknown) => e instanceof EventLogError && e.position.line === 2 && e.message.includes('"y,2"'),
  );
});
