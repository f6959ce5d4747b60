/**
 * `npm run restore -- <file>`: restores a backup into the DATA_DIR / DATABASE_URL configured, which
 * must be empty (a fresh folder, a fresh database). Stop the server first; start it afterwards.
 */
import { configFromEnv } from "../src/config";
import { restoreBackup } from "../src/backup/restore-backup";
import { openDatabase } from "../src/storage/open-database";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run restore -- <file>");
  process.exit(2);
}
const config = configFromEnv(process.env);
const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
try {
  const { rows, files } = await restoreBackup(database, config.dataDir, file);
  console.log(`restored ${rows} rows and ${files} files into ${config.databaseUrl ? "PostgreSQL" : config.dataDir}`);
} catch (e) {
  console.error(`restore failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
