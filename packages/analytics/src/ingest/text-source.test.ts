import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { byteChunks } from "./text-source";
import { DEFAULT_READ_LIMITS } from "./read-limits";

/** A file of `size` bytes whose every byte says where it sits, so a misplaced chunk shows. */
function patternFile(dir: string, size: number): { path: string; bytes: Buffer } {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 20)) & 0xff;
  const path = join(dir, `pattern-${size}.bin`);
  writeFileSync(path, bytes);
  return { path, bytes };
}

test("a plain file read ahead into two buffers comes out whole and in order, each chunk intact until the next is asked for", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kaart-text-source-"));
  try {
    // Sizes around the 1 MiB chunk: one short chunk, exact multiples, and a remainder.
    for (const size of [0, 10, 1 << 20, 2 << 20, (5 << 20) + 12_345]) {
      const { path, bytes } = patternFile(dir, size);
      const copies: Buffer[] = [];
      let progress = 0;
      for await (const chunk of byteChunks(path, DEFAULT_READ_LIMITS, (read) => (progress = read))) {
        const copy = Buffer.from(chunk);
        // Turns of the event loop let the read under way land: it must not be writing into this chunk.
        for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
        assert.ok(chunk.equals(copy), `chunk ${copies.length} of ${size} bytes changed before the next was asked for`);
        copies.push(copy);
      }
      assert.ok(Buffer.concat(copies).equals(bytes), `${size} bytes`);
      assert.equal(progress, size);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a reader that stops after the first chunk closes the file without an error", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kaart-text-source-"));
  try {
    const { path, bytes } = patternFile(dir, 3 << 20);
    for await (const chunk of byteChunks(path, DEFAULT_READ_LIMITS)) {
      assert.ok(chunk.equals(bytes.subarray(0, chunk.length)));
      break;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
