import { writeFile, rename } from "node:fs/promises";
import { resolve, dirname, basename, join } from "node:path";
import type { CliIo } from "./cli-io";
import { CliError } from "./cli-error";

/**
 * Writes a command's result to `-o <file>` (or stdout for `-o -`). Written to a temporary file
 * beside the target and renamed, so a failed run never leaves half a file over a good one.
 */
export async function writeOutput(out: string, data: string | Uint8Array, io: CliIo): Promise<void> {
  if (out === "-") {
    io.stdout.write(data);
    return;
  }
  const full = resolve(io.cwd, out);
  const tmp = join(dirname(full), `.${basename(full)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, full);
  } catch (e) {
    throw new CliError("cannot_write", `cannot write the output (${e instanceof Error ? e.message : String(e)})`, { file: out });
  }
}
