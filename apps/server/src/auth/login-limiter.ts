import type { Clock } from "../clock";
import { LOGIN_LIMIT, type LoginLimits } from "./login-limits";

/**
 * Counts failed log-ins per key (the e-mail, and separately the client address) in a fixed
 * window; after `max` failures the key is refused until the window ends. In memory: for one
 * instance; with `REDIS_URL` the instances share `RedisLoginLimiter` instead.
 */
export class LoginLimiter implements LoginLimits {
  private readonly failures = new Map<string, { count: number; windowEnd: number }>();
  constructor(
    private readonly clock: Clock,
    private readonly max: number = LOGIN_LIMIT.max,
    private readonly windowMs: number = LOGIN_LIMIT.windowMs,
  ) {}

  /** Seconds until `key` may try again, or 0 when it may try now. */
  async retryAfter(key: string): Promise<number> {
    const f = this.failures.get(key);
    const now = this.clock.now().getTime();
    if (!f || f.windowEnd <= now) return 0;
    return f.count >= this.max ? Math.ceil((f.windowEnd - now) / 1000) : 0;
  }

  async fail(key: string): Promise<void> {
    const now = this.clock.now().getTime();
    const f = this.failures.get(key);
    if (!f || f.windowEnd <= now) this.failures.set(key, { count: 1, windowEnd: now + this.windowMs });
    else f.count++;
    if (this.failures.size > 100_000) this.forgetExpired(now);
  }

  async succeed(key: string): Promise<void> {
    this.failures.delete(key);
  }

  private forgetExpired(now: number): void {
    for (const [k, f] of this.failures) if (f.windowEnd <= now) this.failures.delete(k);
  }
}
