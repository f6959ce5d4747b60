import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ApiError } from "../http/api-error";

/** A new log id: `log_` and 22 URL-safe characters. */
export function newEventLogId(): string {
  return `log_${randomBytes(17).toString("base64url").slice(0, 22)}`;
}

/**
 * Where logs' raw files live, `<dataDir>/event-logs/<id>`, and their parsed columns,
 * `<dataDir>/event-log-columns/<id>/` (see `writeLogColumns`; derived from the raw file, which
 * stays the source: columns that are missing or unreadable are made again from it). Ids are
 * server-made, so a path never escapes.
 */
export class EventLogFiles {
  constructor(readonly dir: string) {}

  path(id: string): string {
    return join(this.dir, id);
  }

  columnsPath(id: string): string {
    return join(dirname(this.dir), "event-log-columns", id);
  }

  /**
   * Streams a request body to `<id>.part`, refusing it once it passes `maxBytes`. The caller
   * renames it into place with {@link commit} after the log was read, or removes it with {@link discard}.
   */
  async receive(id: string, body: Readable, maxBytes: number): Promise<{ path: string; size: number }> {
    await mkdir(this.dir, { recursive: true });
    const path = `${this.path(id)}.part`;
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        done(size > maxBytes ? tooLarge(maxBytes) : null, chunk);
      },
    });
    try {
      await pipeline(body, counter, createWriteStream(path));
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    return { path, size };
  }

  async commit(id: string): Promise<void> {
    await rename(`${this.path(id)}.part`, this.path(id));
  }

  async discard(id: string): Promise<void> {
    await rm(`${this.path(id)}.part`, { force: true });
    await rm(this.path(id), { force: true });
    await rm(this.columnsPath(id), { recursive: true, force: true });
  }
}

export function tooLarge(maxBytes: number): ApiError {
  return new ApiError("payload_too_large", `the event log is larger than the limit of ${maxBytes} bytes`);
}
