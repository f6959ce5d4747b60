import { it } from "node:test";
import assert from "node:assert/strict";
import { EventLogBuilder, type EventLog } from "@kaart/analytics";
import { ParsedLogCache } from "./parsed-log-cache";

function logOf(events: number): EventLog {
  const b = new EventLogBuilder();
  for (let i = 0; i < events; i++) b.add("c", `a${i}`, i);
  return b.build();
}

it("keeps logs up to the event bound, dropping the least recently used first", async () => {
  const cache = new ParsedLogCache(10);
  let loads = 0;
  const load = (events: number) => async () => (loads++, logOf(events));
  await cache.get("a", load(4));
  await cache.get("b", load(4));
  await cache.get("a", load(4)); // a is now the most recent
  assert.equal(loads, 2);
  await cache.get("c", load(4)); // 12 > 10: b goes
  assert.deepEqual([cache.has("a"), cache.has("b"), cache.has("c")], [true, false, true]);
  assert.equal(cache.events, 8);
  await cache.get("huge", load(11));
  assert.equal(cache.has("huge"), false, "a log over the bound is returned but not kept");
  assert.equal(cache.events, 8);
  cache.forget("a");
  assert.equal(cache.events, 4);
});

it("shares one read between concurrent requests for a log", async () => {
  const cache = new ParsedLogCache(100);
  let loads = 0;
  const load = async () => (loads++, logOf(3));
  const [x, y] = await Promise.all([cache.get("a", load), cache.get("a", load)]);
  assert.equal(loads, 1);
  assert.equal(x, y);
});
