import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildJsonSchemas, SCHEMA_DIR } from "./json-schemas";

const dir = join(fileURLToPath(new URL("../../../", import.meta.url)), SCHEMA_DIR);

test("docs/schema matches the zod schemas (run `npm run schema` when this fails)", () => {
  const built = buildJsonSchemas();
  for (const [name, text] of built) {
    assert.ok(existsSync(join(dir, name)), `${SCHEMA_DIR}/${name} is missing`);
    assert.equal(readFileSync(join(dir, name), "utf8"), text, `${SCHEMA_DIR}/${name} is stale`);
  }
  const extra = readdirSync(dir).filter((f) => f.endsWith(".json") && !built.has(f));
  assert.deepEqual(extra, [], "files in docs/schema that no schema generates");
});

test("the document schema describes the document's tables and refuses unknown fields", () => {
  const schema = JSON.parse(buildJsonSchemas().get("journey-document.json")!);
  assert.equal(schema.properties.format.const, "kaart.journey");
  for (const table of ["stages", "steps", "lanes", "cells", "emotions", "personas", "translations"]) assert.ok(schema.properties[table], table);
  assert.equal(schema.additionalProperties, false);
  assert.deepEqual(schema.required.sort(), ["format", "map", "schemaVersion"]);
});
