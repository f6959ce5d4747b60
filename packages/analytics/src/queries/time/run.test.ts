import { test } from "node:test";
import assert from "node:assert/strict";
import { shopLog } from "../../test-fixtures";
import { runQuery } from "../run-query";

/** Rounds every number to the microsecond, so interpolated quantiles compare exactly. */
const rounded = <T>(value: T): T => JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === "number" ? Math.round(v * 1e6) / 1e6 : v)));

test("time: per-activity durations run to the next event; p90 interpolates", async () => {
  const result = runQuery(await shopLog(), { kind: "time", version: 1 });
  const cart = result.activities.find((a) => a.activity === "cart");
  assert.deepEqual(rounded(cart), { activity: "cart", count: 5, meanSeconds: 1020, medianSeconds: 900, p90Seconds: 1980 });
  assert.deepEqual(result.activities.map((a) => a.activity), ["cart", "checkout", "visit"]);
  assert.deepEqual(rounded(result.transitions.find((t) => t.from === "visit" && t.to === "cart")), {
    from: "visit",
    to: "cart",
    count: 4,
    meanSeconds: 65175,
    medianSeconds: 600,
    p90Seconds: 181620,
  });
});

test("time: case duration distribution", async () => {
  const { cases } = runQuery(await shopLog(), { kind: "time", version: 1 });
  assert.deepEqual(rounded(cases), {
    count: 5,
    meanSeconds: 53400,
    medianSeconds: 1800,
    p90Seconds: 158400,
    minSeconds: 0,
    p25Seconds: 0,
    p75Seconds: 3600,
    maxSeconds: 261600,
    histogram: [
      { upToSeconds: 60, cases: 2 },
      { upToSeconds: 600, cases: 0 },
      { upToSeconds: 3600, cases: 2 },
      { upToSeconds: 21600, cases: 0 },
      { upToSeconds: 86400, cases: 0 },
      { upToSeconds: 604800, cases: 1 },
      { upToSeconds: 2592000, cases: 0 },
      { upToSeconds: null, cases: 0 },
    ],
  });
});
