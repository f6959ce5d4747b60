#!/usr/bin/env node
// Entry of the `kaart` command: registers tsx so the TypeScript sources run as they are.
import { register } from "tsx/esm/api";
register();
const { main } = await import("../src/main.ts");
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
