import { open, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { CliError } from "./cli-error";

/**
 * Reads an input file, refusing at once (before reading) what is larger than `maxBytes`, and
 * refusing binary content where text is expected, so a wrong file never reaches a parser.
 */
export async function readInputBytes(path: string, cwd: string, maxBytes: number): Promise<Uint8Array> {
  const full = resolve(cwd, path);
  let size: number;
  try {
    const info = await stat(full);
    if (!info.isFile()) throw new CliError("not_a_file", "is not a regular file", { file: path });
    size = info.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError("file_not_found", "cannot read the file (does it exist?)", { file: path });
  }
  if (size > maxBytes) {
    throw new CliError("too_large", `the file has ${size} bytes, more than --max-bytes ${maxBytes}`, { file: path });
  }
  const handle = await open(full, "r");
  try {
    // Read at most maxBytes + 1 so a file that grows while we read is still refused.
    const buffer = new Uint8Array(Math.min(size, maxBytes) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > maxBytes) throw new CliError("too_large", `the file is larger than --max-bytes ${maxBytes}`, { file: path });
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Decodes UTF-8 text strictly; NUL bytes or invalid UTF-8 mean the file is binary, not a text format. */
export function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes.includes(0)) throw new CliError("binary_input", "looks like a binary file, expected text", { file: path });
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CliError("invalid_encoding", "is not valid UTF-8 text", { file: path });
  }
}
