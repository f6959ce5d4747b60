import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import { Redis } from "ioredis";
import { manualClock } from "../clock";
import { redisSkip, startRedis } from "../testing/redis-process";
import { LOGIN_LIMIT } from "./login-limits";
import { RedisLoginLimiter } from "./redis-login-limiter";

const SECRET = "test-secret-test-secret-test-secret-0123";
const skip = redisSkip();
let redis: Awaited<ReturnType<typeof startRedis>>;
const limiters: RedisLoginLimiter[] = [];
/** One limiter per simulated instance; they share the Redis and, here, the clock. */
const instance = (url: string, clock = manualClock()) => {
  const l = new RedisLoginLimiter(url, clock, SECRET);
  limiters.push(l);
  return l;
};

before(async () => {
  if (!skip) redis = await startRedis();
});
after(async () => {
  for (const l of limiters) await l.close();
  if (!skip) await redis.stop();
});

it("counts failures of one key on every instance together and refuses it on all of them", { skip }, async () => {
  const clock = manualClock();
  const [a, b] = [instance(redis.url, clock), instance(redis.url, clock)];
  for (let i = 0; i < 3; i++) await a.fail("email:ada@example.com");
  for (let i = 0; i < LOGIN_LIMIT.max - 3 - 1; i++) await b.fail("email:ada@example.com");
  assert.equal(await a.retryAfter("email:ada@example.com"), 0, "one failure short of the limit");
  await b.fail("email:ada@example.com");
  assert.equal(await a.retryAfter("email:ada@example.com"), LOGIN_LIMIT.windowMs / 1000);
  assert.equal(await b.retryAfter("email:ada@example.com"), LOGIN_LIMIT.windowMs / 1000);
  assert.equal(await b.retryAfter("email:bob@example.com"), 0, "other keys are not affected");
  clock.advance(60_000);
  assert.equal(await a.retryAfter("email:ada@example.com"), LOGIN_LIMIT.windowMs / 1000 - 60);
});

it("ends the window by the injected clock, and a success on one instance clears the key for all", { skip }, async () => {
  const clock = manualClock();
  const [a, b] = [instance(redis.url, clock), instance(redis.url, clock)];
  for (let i = 0; i < LOGIN_LIMIT.max; i++) await a.fail("ip:10.0.0.1");
  assert.ok((await b.retryAfter("ip:10.0.0.1")) > 0);
  clock.advance(LOGIN_LIMIT.windowMs);
  assert.equal(await b.retryAfter("ip:10.0.0.1"), 0, "the window has ended");
  await b.fail("ip:10.0.0.1");
  assert.equal(await a.retryAfter("ip:10.0.0.1"), 0, "a new window starts at one failure");
  for (let i = 0; i < LOGIN_LIMIT.max; i++) await a.fail("ip:10.0.0.2");
  await b.succeed("ip:10.0.0.2");
  assert.equal(await a.retryAfter("ip:10.0.0.2"), 0);
});

it("keeps no e-mail address or client address in Redis", { skip }, async () => {
  await instance(redis.url).fail("email:secret.person@example.com");
  const client = new Redis(redis.url);
  try {
    const keys = await client.keys("*");
    assert.ok(keys.length > 0);
    assert.ok(keys.every((k) => k.startsWith("kaart:login-limit:") && !k.includes("example.com") && !k.includes("10.0.0")), keys.join(", "));
  } finally {
    client.disconnect();
  }
});

it("limits in process while Redis cannot be reached, rather than refusing everyone", async () => {
  const away = instance("redis://127.0.0.1:1");
  assert.equal(await away.retryAfter("email:ada@example.com"), 0);
  for (let i = 0; i < LOGIN_LIMIT.max; i++) await away.fail("email:ada@example.com");
  assert.equal(await away.retryAfter("email:ada@example.com"), LOGIN_LIMIT.windowMs / 1000);
  await away.succeed("email:ada@example.com");
  assert.equal(await away.retryAfter("email:ada@example.com"), 0);
});
