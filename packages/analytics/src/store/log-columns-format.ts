/**
 * The on-disk shape of a stored event log: a folder holding `meta.json` and one file per column,
 * each the little-endian bytes of a typed array. Bumping {@link LOG_COLUMNS_VERSION} makes
 * every stored log be read again from its original file on next use.
 */
export const LOG_COLUMNS_FORMAT = "kaart-event-log-columns";
export const LOG_COLUMNS_VERSION = 1;

export interface LogColumnsMeta {
  format: typeof LOG_COLUMNS_FORMAT;
  version: number;
  events: number;
  cases: number;
  /** Bytes per activity code: 2 (Uint16) or 4 (Uint32). */
  activityBytes: 2 | 4;
  activityNames: string[];
  /** Each attribute's dictionary; its codes are in `attribute-<index>.i32`. */
  attributes: Array<{ key: string; values: string[] }>;
}

export const META_FILE = "meta.json";
export const CASE_START_FILE = "case-start.u32";
export const ACTIVITY_FILE = "activity.codes";
export const TIME_FILE = "time.f64";
export const CASE_IDS_FILE = "case-ids.json";
export const attributeFile = (index: number) => `attribute-${index}.i32`;
