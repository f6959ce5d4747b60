import type { EventLog } from "../../log/event-log";
import { compareSequences } from "../../order/code-point-order";
import { caseVariants } from "./case-variants";
import type { VariantsResult } from "./schema";

/**
 * Distinct activity sequences with their case counts.
 *
 * @example runVariants(log, { top: 1 }) // { total: 6, variants: [{ activities: ["register request", …], count: 1 }] }
 */
export function runVariants(log: EventLog, query: { top?: number | undefined } = {}): VariantsResult {
  const { sequences, counts } = caseVariants(log);
  const variants = sequences.map((s, v) => ({ activities: Array.from(s, (a) => log.activityNames[a]!), count: counts[v]! }));
  variants.sort((a, b) => b.count - a.count || compareSequences(a.activities, b.activities));
  return { total: variants.length, variants: query.top === undefined ? variants : variants.slice(0, query.top) };
}
