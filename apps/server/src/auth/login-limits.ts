/**
 * Failed-attempt limits for log-ins and link passwords: after `max` failures of one key (an
 * e-mail, a client address, a share link) within a window, the key is refused until the window
 * ends. In process (`LoginLimiter`) or shared by every instance through Redis
 * (`RedisLoginLimiter`, when `REDIS_URL` is set), so the bound does not grow with the instances.
 */
export interface LoginLimits {
  /** Seconds until `key` may try again, or 0 when it may try now. */
  retryAfter(key: string): Promise<number>;
  fail(key: string): Promise<void>;
  succeed(key: string): Promise<void>;
  /** Lets go of connections (Redis); the in-process limiter has none. */
  close?(): Promise<void>;
}

/** Failures allowed per key and window, shared by both limiters. */
export const LOGIN_LIMIT = { max: 5, windowMs: 15 * 60_000 } as const;
