import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { readMermaid } from "./read";
import { writeMermaid } from "./write";
import { documentToJourney } from "./document-to-journey";
import { parseMermaidJourney } from "./parse-journey";

const repoRoot = fileURLToPath(new URL("../../../../../", import.meta.url));
const shared = join(repoRoot, "../shared/conformance/mermaid");
const own = fileURLToPath(new URL("./fixtures/", import.meta.url));

/**
 * Each case: reading the diagram gives a document from which exactly Mermaid's reading can be
 * extracted again; writing that document and parsing the text gives the same reading (the round
 * trip Mermaid → Kaart → Mermaid); a diagram Mermaid rejects is an error on the expected line.
 */
function runCases(dir: string) {
  const names = readdirSync(dir).filter((f) => f.endsWith(".mmd")).sort();
  assert.ok(names.length > 0, `no cases in ${dir}`);
  for (const name of names) {
    const text = readFileSync(join(dir, name), "utf8");
    const expected = JSON.parse(readFileSync(join(dir, name.replace(/\.mmd$/, ".expected.json")), "utf8"));
    const read = readMermaid(text);
    if (expected.error) {
      assert.ok(!read.ok, `${name}: expected an error on line ${expected.error.line}`);
      assert.equal(read.errors[0]!.line, expected.error.line, `${name}: error line (${read.errors[0]!.code}: ${read.errors[0]!.message})`);
      continue;
    }
    assert.ok(read.ok, `${name}: ${JSON.stringify(!read.ok && read.errors)}`);
    assert.deepEqual(documentToJourney(read.document).journey, expected, `${name}: extracted from the document`);
    const written = writeMermaid(read.document);
    const again = parseMermaidJourney(written.text);
    assert.ok(again.ok, `${name}: written text does not parse:\n${written.text}`);
    assert.deepEqual(again.journey, expected, `${name}: round trip`);
  }
}

const sharedMissing = !existsSync(shared) && process.env.CI !== "true";
test(
  "shared Mermaid conformance cases (../shared/conformance/mermaid)",
  { skip: sharedMissing ? `../shared/conformance/mermaid not found next to the repository (${shared}); run with CI=true to make this a failure` : false },
  () => runCases(shared),
);

test("our own Mermaid cases (fixtures/)", () => runCases(own));
