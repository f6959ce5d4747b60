/**
 * `npm start`. Until the server lands this prints the CLI's help, so the command a newcomer types
 * first already shows what Kaart can do.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const cli = resolve(import.meta.dirname, "../apps/cli/bin/kaart.js");
const r = spawnSync(process.execPath, [cli, "--help"], { stdio: "inherit" });
process.exit(r.status ?? 1);
