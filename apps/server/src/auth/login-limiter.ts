import type { Clock } from "../clock";

/**
 * Counts failed log-ins per key (the e-mail, and separately the client address) in a fixed
 * window; after `max` failures the key is refused until the window ends. In memory: with several
 * instances each one limits on its own, so the bound is `max × instances`.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, { count: number; windowEnd: number }>();
  constructor(
    private readonly clock: Clock,
    private readonly max = 5,
    private readonly windowMs = 15 * 60_000,
  ) {}

  /** Seconds until `key` may try again, or 0 when it may try now. */
  retryAfter(key: string): number {
    const f = this.failures.get(key);
    const now = this.clock.now().getTime();
    if (!f || f.windowEnd <= now) return 0;
    return f.count >= this.max ? Math.ceil((f.windowEnd - now) / 1000) : 0;
  }

  fail(key: string): void {
    const now = this.clock.now().getTime();
    const f = this.failures.get(key);
    if (!f || f.windowEnd <= now) this.failures.set(key, { count: 1, windowEnd: now + this.windowMs });
    else f.count++;
    if (this.failures.size > 100_000) this.forgetExpired(now);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }

  private forgetExpired(now: number): void {
    for (const [k, f] of this.failures) if (f.windowEnd <= now) this.failures.delete(k);
  }
}
