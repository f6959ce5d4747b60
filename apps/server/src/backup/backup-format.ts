import { z } from "zod";

/**
 * A backup is gzip'd JSON lines: one header, then one line per table row, then one line per
 * file of DATA_DIR (the database's own files excepted). Rows are plain column → value objects;
 * bytes travel as `{ "$bytes": base64 }`. The same file restores into SQLite or PostgreSQL.
 */
export const BACKUP_FORMAT = "kaart-backup";
export const BACKUP_VERSION = 1;

export const backupHeaderSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  dialect: z.enum(["sqlite", "postgres"]),
  /** Schema migrations the source had run; the target must know every one of them. */
  migrations: z.array(z.string()),
  tables: z.array(z.string()),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export const backupLineSchema = z.union([
  z.strictObject({ table: z.string(), row: z.record(z.string(), z.unknown()) }),
  z.strictObject({ file: z.string(), data: z.string() }),
]);

const bytesSchema = z.strictObject({ $bytes: z.string() });

/** A column value as JSON: bytes become `{ $bytes }`, everything else is already JSON. */
export function encodeValue(v: unknown): unknown {
  return v instanceof Uint8Array ? { $bytes: Buffer.from(v).toString("base64") } : v;
}

export function decodeValue(v: unknown): unknown {
  const bytes = bytesSchema.safeParse(v);
  return bytes.success ? Buffer.from(bytes.data.$bytes, "base64") : v;
}
