/**
 * `npm run schema`: writes `docs/schema/*.json` from the zod schemas. `--check` writes nothing and
 * exits 1 when a file is stale or missing (the test in json-schemas.test.ts does the same).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildJsonSchemas, SCHEMA_DIR } from "./json-schemas";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const dir = join(root, SCHEMA_DIR);
const check = process.argv.includes("--check");
let stale = 0;
if (!check) mkdirSync(dir, { recursive: true });
for (const [name, text] of buildJsonSchemas()) {
  const path = join(dir, name);
  const current = existsSync(path) ? readFileSync(path, "utf8") : undefined;
  if (current === text) continue;
  stale++;
  if (check) console.error(`${SCHEMA_DIR}/${name} is stale; run npm run schema`);
  else {
    writeFileSync(path, text);
    console.log(`wrote ${SCHEMA_DIR}/${name}`);
  }
}
if (check && stale) process.exit(1);
if (!check && !stale) console.log(`${SCHEMA_DIR} is up to date`);
