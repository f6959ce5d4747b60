import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";

const script = resolve(import.meta.dirname, "check-layers.ts");

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "kaart-layers-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function check(root: string) {
  const r = spawnSync(process.execPath, ["--import", "tsx", script], { env: { ...process.env, KAART_LAYERS_ROOT: root }, encoding: "utf8" });
  return { code: r.status, out: r.stdout + r.stderr };
}

test("a tree that follows the arrows passes", () => {
  const root = tree({
    "packages/core/src/index.ts": 'export { a } from "./a";\n',
    "packages/core/src/a.ts": "export const a = 1;\n",
    "packages/export/src/index.ts": 'import { a } from "@kaart/core";\nimport { readFileSync } from "node:fs";\nexport const b = [a, readFileSync];\n',
    "apps/cli/src/main.ts": 'import { b } from "@kaart/export";\nexport const c = b;\n',
  });
  const r = check(root);
  assert.equal(r.code, 0, r.out);
});

test("each kind of violation is reported with what is allowed instead", () => {
  const root = tree({
    "packages/core/src/index.ts": 'import { readFileSync } from "node:fs";\nimport { x } from "@kaart/export";\nexport { y } from "./y";\nexport const z = [readFileSync, x];\n',
    "packages/core/src/y.ts": 'import { w } from "./w";\nexport const y = w;\n',
    "packages/core/src/w.ts": 'import { y } from "./y";\nexport const w = () => y;\n',
    "packages/export/src/index.ts": 'import { main } from "@kaart/cli";\nimport { deep } from "@kaart/core/src/deep";\nimport { sneaky } from "../../core/src/y";\nexport const x = [main, deep, sneaky];\n',
  });
  const r = check(root);
  assert.equal(r.code, 1, r.out);
  assert.match(r.out, /packages\/core\/src\/index\.ts: imports Node builtin node:fs; @kaart\/core runs in browsers too/);
  assert.match(r.out, /@kaart\/core may not import @kaart\/export; it may import: nothing from Kaart/);
  assert.match(r.out, /@kaart\/export may not import @kaart\/cli; it may import: @kaart\/core/);
  assert.match(r.out, /deep import @kaart\/core\/src\/deep; import @kaart\/core through its public entry only/);
  assert.match(r.out, /imports \.\.\/\.\.\/core\/src\/y, outside packages\/export/);
  assert.match(r.out, /import cycle in @kaart\/core: .*y\.ts.*w\.ts|import cycle in @kaart\/core: .*w\.ts.*y\.ts/);
});
