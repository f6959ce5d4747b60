import { Redis } from "ioredis";
import type { Clock } from "../clock";
import { keyedHash } from "./keyed-hash";
import { LoginLimiter } from "./login-limiter";
import { LOGIN_LIMIT, type LoginLimits } from "./login-limits";

/**
 * Counts a failure atomically: a key whose window has ended (by the server's injected clock, not
 * Redis's) starts a new one. The key expires after a window of Redis time, only to be forgotten.
 */
const FAIL_SCRIPT = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local windowEnd = tonumber(redis.call("HGET", KEYS[1], "end") or "0")
if windowEnd <= now then
  redis.call("HSET", KEYS[1], "count", 1, "end", now + window)
  redis.call("PEXPIRE", KEYS[1], window)
else
  redis.call("HINCRBY", KEYS[1], "count", 1)
end
return 1`;

/**
 * The log-in limiter every instance shares through Redis: the same fixed windows as
 * `LoginLimiter`, so `max` failures are allowed in all, not per instance. Keys are stored as
 * keyed hashes (no e-mail address or client address in Redis). While Redis cannot be reached
 * each instance falls back to its own in-process counts rather than refusing every log-in.
 *
 * @example
 * const limiter = new RedisLoginLimiter("redis://127.0.0.1:6379", clock, secret);
 * if ((await limiter.retryAfter("email:ada@example.com")) > 0) refuse();
 */
export class RedisLoginLimiter implements LoginLimits {
  private readonly redis: Redis;
  private readonly fallback: LoginLimiter;

  constructor(
    redisUrl: string,
    private readonly clock: Clock,
    private readonly secret: string,
    private readonly max: number = LOGIN_LIMIT.max,
    private readonly windowMs: number = LOGIN_LIMIT.windowMs,
  ) {
    // Fail fast instead of queueing commands while Redis is away: the fallback answers then.
    this.redis = new Redis(redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    this.redis.on("error", () => undefined);
    this.fallback = new LoginLimiter(clock, max, windowMs);
  }

  private key(key: string): string {
    return `kaart:login-limit:${keyedHash(this.secret, key)}`;
  }

  private async connected(): Promise<Redis> {
    if (this.redis.status === "wait") await this.redis.connect();
    return this.redis;
  }

  async retryAfter(key: string): Promise<number> {
    try {
      const [count, end] = await (await this.connected()).hmget(this.key(key), "count", "end");
      const now = this.clock.now().getTime();
      if (count === null || end === null || Number(end) <= now || Number(count) < this.max) return 0;
      return Math.ceil((Number(end) - now) / 1000);
    } catch {
      return this.fallback.retryAfter(key);
    }
  }

  async fail(key: string): Promise<void> {
    try {
      await (await this.connected()).eval(FAIL_SCRIPT, 1, this.key(key), String(this.clock.now().getTime()), String(this.windowMs));
    } catch {
      await this.fallback.fail(key);
    }
  }

  async succeed(key: string): Promise<void> {
    await this.fallback.succeed(key);
    try {
      await (await this.connected()).del(this.key(key));
    } catch {
      /* Redis is away: its count ends with its window */
    }
  }

  async close(): Promise<void> {
    this.redis.disconnect(false);
  }
}
