import { test } from "node:test";
import assert from "node:assert/strict";
import { seededRandom } from "../../bench/synthetic-log";
import { EventLogBuilder } from "../log/event-log-builder";
import type { EventLog } from "../log/event-log";
import { countEdges } from "../queries/dfg/edge-kernels";
import { BUCKETS } from "../queries/dfg/duration-buckets";
import { edgeStatistics } from "../queries/dfg/edge-statistics";
import { chunkCount, chunkedScan, type NamedKernel } from "./chunked-scan";
import { scanHelperReady } from "./scan-helper";
import { isShared, sharedArray } from "./shared-memory";

function randomLog(cases: number, seed: number): EventLog {
  const random = seededRandom(seed);
  const builder = new EventLogBuilder();
  for (let c = 0; c < cases; c++) {
    let time = 1_700_000_000_000;
    for (let e = 1 + Math.floor(random() * 12); e > 0; e--) {
      time += random() < 0.2 ? 0 : Math.floor(random() * 9_000_000);
      builder.add(`c${c}`, `a${Math.floor(random() * 12)}`, time);
    }
  }
  return builder.build();
}

const log = randomLog(20_000, 5);
const width = log.activityNames.length;
const chunks = chunkCount(log, { chunks: 256 });
const params = () => ({
  width,
  count: sharedArray(Uint32Array, 2 * width * width),
  histogram: sharedArray(Uint32Array, 2 * width * width * BUCKETS),
  sums: sharedArray(Float64Array, chunks * width * width),
});
/** Per key: count and histogram of both participants added up, sums as stored per chunk. */
const merged = (p: ReturnType<typeof params>, w = width) => {
  const keys = w * w;
  return {
    count: Array.from({ length: keys }, (_, k) => p.count[k]! + p.count[keys + k]!),
    histogram: Array.from({ length: keys * BUCKETS }, (_, j) => p.histogram[j]! + p.histogram[keys * BUCKETS + j]!),
    sums: Array.from(p.sums),
  };
};

/** A log long enough (about a million events) that a scan lasts well past the helper's wake-up, even on a busy machine. */
const big = randomLog(150_000, 6);
const bigWidth = big.activityNames.length;
const bigParams = () => ({
  width: bigWidth,
  count: sharedArray(Uint32Array, 2 * bigWidth * bigWidth),
  histogram: sharedArray(Uint32Array, 2 * bigWidth * bigWidth * BUCKETS),
  sums: sharedArray(Float64Array, chunks * bigWidth * bigWidth),
});
const bigAlone = chunkedScan(big, countEdges, bigParams, { chunks, minEvents: Infinity });

test("a built log's columns are in shared memory", () => {
  assert.ok(isShared(log.activity) && isShared(log.time) && isShared(log.caseStart));
});

test("chunks taken by the helper thread add up to what the calling thread finds alone", async () => {
  assert.equal(await scanHelperReady(), true, "the helper thread starts");
  const alone = chunkedScan(log, countEdges, params, { chunks, minEvents: Infinity });
  assert.equal(alone.helperChunks, 0);
  // The calling thread may take every chunk before the helper wakes (on a busy machine it may
  // also be the helper that takes them all); every run must add up the same, and some run
  // within a few tries sees the helper join.
  let joined = 0;
  for (let round = 0; round < 30 && joined === 0; round++) {
    const shared = chunkedScan(big, countEdges, bigParams, { chunks, minEvents: 0 });
    assert.deepEqual(merged(shared.params, bigWidth), merged(bigAlone.params, bigWidth), `round ${round}`);
    joined = shared.helperChunks;
  }
  assert.ok(joined > 0, "the helper took chunks in some run");
  assert.deepEqual(merged(chunkedScan(log, countEdges, params, { chunks, minEvents: 0 }).params), merged(alone.params));
});

test("edge statistics are the same with and without the helper thread", async () => {
  await scanHelperReady();
  const alone = edgeStatistics(log, { minEvents: Infinity, chunks: 128 });
  for (let round = 0; round < 5; round++) assert.deepEqual(edgeStatistics(log, { minEvents: 0, chunks: 128 }), alone);
});

test("a kernel the helper cannot run leaves the calling thread to finish the scan, complete", async () => {
  await scanHelperReady();
  const unknown: NamedKernel<ReturnType<typeof params>> = { name: "no such kernel", run: countEdges.run };
  const alone = chunkedScan(log, countEdges, params, { chunks, minEvents: Infinity });
  for (let round = 0; round < 5; round++) {
    const result = chunkedScan(log, unknown, params, { chunks, minEvents: 0 });
    assert.deepEqual(merged(result.params), merged(alone.params));
  }
});

test("a scan on a clone of its params (as the kernel warm-up runs) writes its results into the params", () => {
  const alone = chunkedScan(log, countEdges, params, { chunks, minEvents: Infinity });
  const cloned = chunkedScan(log, countEdges, params, { chunks, minEvents: Infinity, cloneParams: true });
  assert.ok(merged(alone.params).count.some((n) => n > 0));
  assert.deepEqual(merged(cloned.params), merged(alone.params));
});
