/**
 * `npm run backup -- <file>`: a consistent snapshot of the instance (database rows and the files
 * of DATA_DIR) into one gzip'd file, from the same DATA_DIR / DATABASE_URL the server uses. The
 * server may keep running.
 */
import { configFromEnv } from "../src/config";
import { writeBackup } from "../src/backup/write-backup";
import { openDatabase } from "../src/storage/open-database";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run backup -- <file>");
  process.exit(2);
}
const config = configFromEnv(process.env);
const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
try {
  const { rows, files } = await writeBackup(database, config.dataDir, file, new Date().toISOString());
  console.log(`backup written to ${file}: ${rows} rows, ${files} files`);
} catch (e) {
  console.error(`backup failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
