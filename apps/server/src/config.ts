import { resolve } from "node:path";
import { z } from "zod";

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4321),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, { message: "expected postgres://…" }).optional(),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, { message: "expected redis://…" }).optional(),
  PUBLIC_URL: z.url().optional(),
  KAART_SECRET: z.string().min(32, { message: "use at least 32 characters" }).optional(),
  /** Folder of the built web app to serve; defaults to apps/web/dist. */
  WEB_DIST: z.string().optional(),
});

/** The server's settings, from the environment (contracts.md lists them). */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  /** The URL users reach; `http://HOST:PORT` when unset. Links and the WebSocket Origin check use it. */
  publicUrl?: string;
  secret?: string;
  webDist?: string;
}

/**
 * Reads the configuration from `env`; throws a message naming every bad variable.
 *
 * @example
 * const config = configFromEnv(process.env);
 */
export function configFromEnv(env: Record<string, string | undefined>): Config {
  const blank = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const parsed = envSchema.safeParse(blank);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ""),
    secret: e.KAART_SECRET,
    webDist: e.WEB_DIST,
  };
}
