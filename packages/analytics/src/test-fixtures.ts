import { resolve } from "node:path";
import type { EventLog } from "./log/event-log";
import { readEventLog } from "./ingest/read-event-log";

/** Path of a hand-made log in `packages/analytics/fixtures/` (see its README for the answers). */
export function fixturePath(name: string): string {
  return resolve(import.meta.dirname, "../fixtures", name);
}

/** The five shop journeys of `fixtures/shop.csv`. */
export function shopLog(): Promise<EventLog> {
  return readEventLog(fixturePath("shop.csv"));
}
