import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./cli-error";

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  "max-bytes": { type: "string" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

/** Default input limit: large enough for any hand-made map, small enough to refuse a mistake at once. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** node:util parseArgs in strict mode, with its errors turned into usage errors (exit 2). */
export function parseFlags<O extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

/** `--max-bytes 10mb` → bytes. Accepts plain numbers and k/m/g suffixes. */
export function parseByteSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(value.trim());
  if (!m) throw new UsageError(`--max-bytes: expected a size such as 5000000, 500kb or 20mb, got ${value}`);
  const scale = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as "" | "k" | "m" | "g"];
  return Math.floor(Number(m[1]) * scale);
}
