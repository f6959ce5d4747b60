/**
 * Limits that protect ingest from hostile or mistaken inputs. Tests lower them instead of
 * writing huge files.
 */
export interface ReadLimits {
  /** Largest input accepted, in bytes as stored (compressed for `.gz`). */
  maxBytes: number;
  /** Largest decompressed size of a gzip input, in bytes. */
  maxDecompressedBytes: number;
  /** Largest ratio of decompressed to compressed bytes before an input counts as a bomb. */
  maxCompressionRatio: number;
  /** Plain CSV files from this size on are parsed by worker threads. */
  parallelMinBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxBytes: 2 * 1024 ** 3,
  maxDecompressedBytes: 8 * 1024 ** 3,
  maxCompressionRatio: 1000,
  parallelMinBytes: 64 * 1024 * 1024,
};
