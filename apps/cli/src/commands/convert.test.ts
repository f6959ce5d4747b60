import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { runCli } from "../test-support/run-cli";

const dir = mkdtempSync(join(tmpdir(), "kaart-convert-"));
const mermaid = `journey
  title Buying a bike
  accTitle: Bike purchase journey
  section Discover
    Read reviews: 4: Maija, Jānis
    Visit store: 2: Maija
  section Buy
    Pay: 5: Jānis
`;

test("Mermaid → Kaart → Mermaid keeps title, sections, tasks, scores and actors", async () => {
  writeFileSync(join(dir, "bike.mmd"), mermaid);
  assert.equal((await runCli(["convert", "bike.mmd", "-o", "bike.kaart.json"], dir)).code, 0);
  assert.equal((await runCli(["validate", "bike.kaart.json"], dir)).code, 0);
  const imported = JSON.parse(readFileSync(join(dir, "bike.kaart.json"), "utf8")) as { map: { createdAt: string } };
  assert.ok(Date.parse(imported.map.createdAt) > Date.parse("2020-01-01"), `an import is stamped with the current time, got ${imported.map.createdAt}`);
  assert.equal((await runCli(["convert", "bike.kaart.json", "-o", "back.mmd"], dir)).code, 0);
  const back = readFileSync(join(dir, "back.mmd"), "utf8");
  assert.match(back, /title Buying a bike/);
  assert.match(back, /accTitle: Bike purchase journey/);
  assert.match(back, /section Discover/);
  assert.match(back, /Read reviews: 4: Maija, Jānis/);
  assert.match(back, /Visit store: 2: Maija/);
  assert.match(back, /section Buy\s+Pay: 5: Jānis/);
});

test("Mermaid that Mermaid rejects is exit 1 with the line number", async () => {
  writeFileSync(join(dir, "bad.mmd"), "journey\n  title T\n  section S\n    Task without score\n");
  const r = await runCli(["convert", "bad.mmd", "-o", "bad.kaart.json"], dir);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^bad\.mmd:4(:\d+)?: mermaid_\w+: /m);
});

test("every writable format is produced from one map; CSV escapes formula cells", async () => {
  assert.equal((await runCli(["new", "--template", "ecommerce-checkout", "-o", "shop.kaart.json"], dir)).code, 0);
  const doc = JSON.parse(readFileSync(join(dir, "shop.kaart.json"), "utf8"));
  const stage = Object.values(doc.stages as Record<string, { name: string }>)[0]!;
  stage.name = "=HYPERLINK(\"http://evil\")";
  writeFileSync(join(dir, "evil.kaart.json"), JSON.stringify(doc));
  for (const out of ["evil.kaart.yaml", "evil.mmd", "evil.csv", "evil.xlsx", "evil.md"]) {
    const r = await runCli(["convert", "evil.kaart.json", "-o", out], dir);
    assert.equal(r.code, 0, `${out}: ${r.stderr}`);
  }
  const csv = readFileSync(join(dir, "evil.csv"), "utf8");
  assert.ok(csv.startsWith("\uFEFF"), "CSV starts with a BOM");
  assert.ok(!/(^|,)=HYPERLINK/m.test(csv), "no cell starts with =");
  assert.equal((await runCli(["convert", "evil.csv", "-o", "from-csv.kaart.json"], dir)).code, 0);
  assert.equal((await runCli(["convert", "evil.xlsx", "-o", "from-xlsx.kaart.json"], dir)).code, 0);
  const fromXlsx = JSON.parse(readFileSync(join(dir, "from-xlsx.kaart.json"), "utf8"));
  assert.ok(Object.values(fromXlsx.stages as Record<string, { name: string }>).some((s) => s.name === stage.name), "XLSX round trip keeps the stage name as text");
});

test("unknown output extension is a usage error; a write-only format cannot be read", async () => {
  assert.equal((await runCli(["convert", "shop.kaart.json", "-o", "x.docx"], dir)).code, 2);
  writeFileSync(join(dir, "x.md"), "# hi");
  assert.equal((await runCli(["validate", "x.md"], dir)).code, 2);
});

test("YAML alias bombs and deep nesting are refused quickly with a code", async () => {
  const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
  for (let i = 0; i < 12; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(", ")}]`);
  writeFileSync(join(dir, "bomb.kaart.yaml"), bomb.join("\n") + "\n");
  const r = await runCli(["validate", "bomb.kaart.yaml"], dir);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /bomb\.kaart\.yaml(:\d+)*: yaml_\w+: /);
  writeFileSync(join(dir, "deep.kaart.yaml"), "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
  const deep = await runCli(["validate", "deep.kaart.yaml"], dir);
  assert.equal(deep.code, 1);
});

test("HTML in a title stays inert in SVG and Markdown", async () => {
  const doc = JSON.parse(readFileSync(join(dir, "shop.kaart.json"), "utf8"));
  doc.map.title = "<script>alert(1)</script>";
  writeFileSync(join(dir, "xss.kaart.json"), JSON.stringify(doc));
  assert.equal((await runCli(["render", "xss.kaart.json", "-o", "xss.svg"], dir)).code, 0);
  assert.equal((await runCli(["convert", "xss.kaart.json", "-o", "xss.md"], dir)).code, 0);
  for (const f of ["xss.svg", "xss.md"]) assert.ok(!readFileSync(join(dir, f), "utf8").includes("<script>"), `${f} holds no live <script>`);
});

test("analyze and diff print text and JSON", async () => {
  const a = await runCli(["analyze", "shop.kaart.json", "--json"], dir);
  assert.equal(a.code, 0, a.stderr);
  const analysis = JSON.parse(a.stdout);
  assert.ok(Array.isArray(analysis.opportunities), "analysis JSON lists opportunities");
  const text = await runCli(["analyze", "shop.kaart.json"], dir);
  assert.equal(text.code, 0);
  assert.ok(text.stdout.length > 100, "human analysis output is not empty");
  const d = await runCli(["diff", "shop.kaart.json", "evil.kaart.json", "--json"], dir);
  assert.equal(d.code, 0, d.stderr);
  assert.match(d.stdout, /HYPERLINK/);
});
