import { statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { EventLogError, readEventLog, type EventLog, type ReadEventLogOptions } from "@kaart/analytics";
import { CliError } from "../../cli-error";
import type { CliIo } from "../../cli-io";
import { progressBar } from "./progress-bar";

/** Inputs smaller than this load fast enough that a progress bar would only flicker. */
const PROGRESS_MIN_BYTES = 32 * 1024 * 1024;

/**
 * Reads the log at `path` (relative to the CLI's cwd), drawing a progress bar on stderr when it
 * is a terminal and the file is large. Ingest errors become CLI errors that keep the file,
 * line and column; the file is named as the user wrote it.
 */
export async function loadEventLog(path: string, io: CliIo, options: ReadEventLogOptions): Promise<EventLog> {
  const full = isAbsolute(path) ? path : resolve(io.cwd, path);
  const bar = showsProgress(io, full) ? progressBar(io.stderr, () => Date.now()) : undefined;
  try {
    return await readEventLog(full, { ...options, fileName: path, ...(bar ? { onProgress: bar.update } : {}) });
  } catch (e) {
    if (e instanceof EventLogError) throw new CliError(e.code, e.message, e.position);
    throw e;
  } finally {
    bar?.done();
  }
}

function showsProgress(io: CliIo, path: string): boolean {
  const tty = io.isTTY ?? (io.stderr === process.stderr && process.stderr.isTTY === true);
  if (!tty) return false;
  try {
    return statSync(path).size >= PROGRESS_MIN_BYTES;
  } catch {
    return false;
  }
}
