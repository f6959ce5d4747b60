import { readdir } from "node:fs/promises";
import { join, posix, relative, sep } from "node:path";

/** The database's own files (SQLite and its WAL): copied as rows, never as bytes mid-write. */
const DATABASE_FILE = /^kaart\.sqlite(-wal|-shm|-journal)?$/;

/** Files of DATA_DIR a backup carries (assets, event logs, the generated secret…), as `/`-separated relative paths. */
export async function dataFiles(dataDir: string): Promise<string[]> {
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && !(e.parentPath === dataDir && DATABASE_FILE.test(e.name)) && !e.name.endsWith(".tmp"))
    .map((e) => relative(dataDir, join(e.parentPath, e.name)).split(sep).join(posix.sep))
    .sort();
}

/** A relative path from a backup, refused when it could leave the target folder. */
export function safeRelativePath(path: string): string {
  const parts = path.split("/");
  if (path.startsWith("/") || parts.some((p) => p === "" || p === "." || p === ".." || p.includes("\\") || p.includes("\0"))) {
    throw new Error(`backup names an unsafe path: ${JSON.stringify(path)}`);
  }
  return parts.join(sep);
}
