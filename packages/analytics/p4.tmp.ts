import { readEventLog } from "./src/ingest/read-event-log";
for (let k = 0; k < 2; k++) {
const t = performance.now();
const log = await readEventLog(`/tmp/g-bench-${process.argv[2]}.csv`);
console.log("readEventLog", log.activity.length, Math.round(performance.now() - t), "ms", Math.round(process.memoryUsage().rss / 1e6), "MB rss");
}
