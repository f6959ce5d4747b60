/**
 * @kaart/server — for embedding and tests: build the app on an opened database. `main.ts` is the
 * process entry (`npm start`).
 */
export { buildApp } from "./app";
export type { AppOptions } from "./app";
export { openDatabase } from "./storage/open-database";
export type { Database } from "./storage/open-database";
export { configFromEnv } from "./config";
export type { Config } from "./config";
export { mountCollab } from "./collab/mount-collab";
export { systemClock, manualClock } from "./clock";
export type { Clock } from "./clock";
