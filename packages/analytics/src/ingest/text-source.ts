import { createReadStream, statSync } from "node:fs";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { createGunzip } from "node:zlib";
import { EventLogError } from "./event-log-error";
import type { ReadLimits } from "./read-limits";

/** Told how many of the input's bytes (as stored) have been read so far, out of `total`. */
export type ProgressListener = (read: number, total: number) => void;

/** Where a log comes from: a path on disk or bytes already in memory. */
export type LogInput = string | Uint8Array;

/** The bytes a ratio check waits for before judging, so tiny inputs with a high ratio pass. */
const RATIO_GRACE_BYTES = 1024 * 1024;

/** Bytes per read of a plain file. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Streams the text of `input` in chunks (see {@link byteChunks}); a character split across two
 * chunks is decoded whole.
 */
export async function* textChunks(input: LogInput, limits: ReadLimits, onProgress?: ProgressListener): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  for await (const chunk of byteChunks(input, limits, onProgress)) yield decoder.write(chunk);
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * Streams the bytes of `input` in chunks, gunzipping when the bytes start with the gzip magic
 * (whatever the extension). Refuses inputs over `maxBytes` before reading and stops a
 * decompression bomb as soon as its output passes the limits. Chunk edges fall anywhere, even
 * inside a UTF-8 character or a CRLF.
 *
 * A chunk is valid only until the next one is asked for: a plain file is read into one reused
 * buffer, so reading a large file leaves no trail of freed buffers behind.
 */
export async function* byteChunks(input: LogInput, limits: ReadLimits, onProgress?: ProgressListener): AsyncGenerator<Buffer> {
  const size = inputSize(input);
  if (size > limits.maxBytes) {
    throw new EventLogError("file_too_large", `input is ${size} bytes, over the limit of ${limits.maxBytes} (raise it with --max-bytes)`);
  }
  const gzip = await startsWithGzipMagic(input);
  if (!gzip) return yield* typeof input === "string" ? plainFileChunks(input, size, onProgress) : memoryChunks(input, onProgress);
  const raw = typeof input === "string" ? createReadStream(input, { highWaterMark: 256 * 1024 }) : Readable.from([input]);
  if (onProgress) {
    let read = 0;
    raw.on("data", (chunk: Buffer | Uint8Array) => onProgress((read += chunk.byteLength), size));
  }
  yield* gunzipped(raw, size, limits);
}

/** Bytes already in memory, in views of {@link CHUNK_BYTES}, so a reader never copies them whole. */
function* memoryChunks(input: Uint8Array, onProgress?: ProgressListener): Generator<Buffer> {
  for (let at = 0; at < input.byteLength; at += CHUNK_BYTES) {
    const end = Math.min(at + CHUNK_BYTES, input.byteLength);
    onProgress?.(end, input.byteLength);
    yield Buffer.from(input.buffer, input.byteOffset + at, end - at);
  }
}

function plainFileChunks(path: string, size: number, onProgress?: ProgressListener): AsyncGenerator<Buffer> {
  return fileRangeChunks(path, 0, size, onProgress && ((read) => onProgress(read, size)));
}

/**
 * The bytes `[start, end)` of a file in chunks of {@link CHUNK_BYTES}, each valid only until the
 * next is asked for; `onRead` is told the bytes read so far.
 *
 * Two buffers in turn: while the reader works on one chunk the next is already being read into
 * the other, so the reader never waits out a read's trip through the thread pool (one buffer
 * left the main thread idle ~0.4 s of a 3.5 s read of 449 MB from the page cache). A buffer is
 * read into again only once the chunk after it has been asked for. Reusing two buffers, rather
 * than a stream's fresh buffer per chunk, also leaves no trail of freed chunks for the C
 * allocator to keep (worker threads allocate from their own arenas).
 */
export async function* fileRangeChunks(path: string, start: number, end: number, onRead?: (read: number) => void): AsyncGenerator<Buffer> {
  const file = await open(path, "r");
  const buffers = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)] as const;
  let at = start;
  let turn = 0;
  const readInto = (buffer: Buffer) => file.read(buffer, 0, Math.min(CHUNK_BYTES, end - at), at);
  let pending: Promise<{ bytesRead: number }> | undefined = at < end ? readInto(buffers[0]) : undefined;
  try {
    while (pending) {
      const { bytesRead }: { bytesRead: number } = await pending;
      pending = undefined;
      // A file that shrank since it was measured ends early.
      if (bytesRead === 0) return;
      const buffer = buffers[turn]!;
      turn ^= 1;
      at += bytesRead;
      if (at < end) pending = readInto(buffers[turn]!);
      onRead?.(at - start);
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    // A read still under way must end before the file closes under it.
    await pending?.catch(() => undefined);
    await file.close();
  }
}

async function* gunzipped(raw: Readable, compressed: number, limits: ReadLimits): AsyncGenerator<Buffer> {
  const gunzip = createGunzip();
  raw.on("error", (e) => gunzip.destroy(e));
  raw.pipe(gunzip);
  let out = 0;
  try {
    for await (const chunk of gunzip) {
      const bytes = toBuffer(chunk);
      out += bytes.length;
      if (out > limits.maxDecompressedBytes || (out > RATIO_GRACE_BYTES && out > compressed * limits.maxCompressionRatio)) {
        throw new EventLogError(
          "decompression_bomb",
          `gzip input expands past ${out} bytes from ${compressed} (limits: ${limits.maxDecompressedBytes} bytes, ratio ${limits.maxCompressionRatio})`,
        );
      }
      yield bytes;
    }
  } catch (error) {
    throw gzipError(error);
  } finally {
    raw.destroy();
    gunzip.destroy();
  }
}

function gzipError(error: unknown): unknown {
  if (error instanceof EventLogError || !(error instanceof Error)) return error;
  const code = "code" in error ? error.code : undefined;
  if (code === "Z_BUF_ERROR" || /unexpected end/i.test(error.message)) {
    return new EventLogError("truncated_gzip", "gzip input ends before its end marker (the file is truncated)");
  }
  if (typeof code === "string" && code.startsWith("Z_")) return new EventLogError("corrupt_gzip", `gzip input is corrupt: ${error.message}`);
  return error;
}

function inputSize(input: LogInput): number {
  if (typeof input !== "string") return input.byteLength;
  try {
    return statSync(input).size;
  } catch {
    throw new EventLogError("file_not_found", "cannot read the file (does it exist?)");
  }
}

async function startsWithGzipMagic(input: LogInput): Promise<boolean> {
  if (typeof input !== "string") return input[0] === 0x1f && input[1] === 0x8b;
  for await (const chunk of createReadStream(input, { start: 0, end: 1 })) {
    const head = toBuffer(chunk);
    return head[0] === 0x1f && head[1] === 0x8b;
  }
  return false;
}

function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk));
}
