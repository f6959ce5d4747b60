/**
 * Benchmark of reading and validating a 40 steps × 20 lanes × 5 personas map from `.kaart.json`
 * text (`readJourneyJson`: parse, migrate, schema, references). Baseline in the same run: bare
 * `JSON.parse` of the same text — what any loader pays before validation. Target: < 50 ms.
 */
import { readJourneyJson } from "../src/formats/json/read";
import { buildLargeMap } from "./large-map";
import { medianMs } from "./median-time";

export function benchValidate(runs = 30) {
  const text = JSON.stringify(buildLargeMap());
  const ms = medianMs(runs, () => {
    if (!readJourneyJson(text).ok) throw new Error("the large map must be valid");
  });
  const baselineMs = medianMs(runs, () => JSON.parse(text));
  return { name: "validate (.kaart.json read) 40×20×5", ms, baselineMs, ratio: ms / baselineMs, target: "< 50 ms" };
}
