import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The instance secret (it keys the session and token hashes). `KAART_SECRET` wins; otherwise it
 * is read from `<dataDir>/secret`, created there with mode 0600 on first start. Several instances
 * sharing one DATA_DIR therefore share the secret too. The exclusive create (`wx`) makes two
 * instances starting at once agree on one secret.
 */
export function loadSecret(dataDir: string, fromEnv: string | undefined): { secret: string; created: boolean } {
  if (fromEnv) return { secret: fromEnv, created: false };
  const file = join(dataDir, "secret");
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, randomBytes(32).toString("base64url") + "\n", { flag: "wx", mode: 0o600 });
    return { secret: readFileSync(file, "utf8").trim(), created: true };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    return { secret: readFileSync(file, "utf8").trim(), created: false };
  }
}
