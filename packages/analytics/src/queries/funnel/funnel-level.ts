/** One matched (timestamp, step) pair of a case, as `windowFunnel` sees its events. */
export interface StepHit {
  time: number;
  step: number;
}

/**
 * The deepest step a case reaches and the times of the chain that reached it, following
 * ClickHouse `windowFunnel` in its default mode: hits sorted by (time, step); a first-step hit
 * (re)starts level 0; a hit of step k extends level k-1 when within `windowMs` of that chain's
 * start; the search stops when the last step is reached. Returns level 0 when nothing matched.
 *
 * @example funnelLevel([{ time: 0, step: 0 }, { time: 5, step: 1 }], 2, 10) // { level: 2, times: [0, 5] }
 */
export function funnelLevel(hits: StepHit[], steps: number, windowMs: number): { level: number; times: number[] } {
  hits.sort((a, b) => a.time - b.time || a.step - b.step);
  const chains: Array<{ start: number; times: number[] } | undefined> = new Array(steps);
  for (const hit of hits) {
    if (hit.step === 0) {
      chains[0] = { start: hit.time, times: [hit.time] };
    } else {
      const previous = chains[hit.step - 1];
      if (!previous || hit.time > previous.start + windowMs) continue;
      chains[hit.step] = { start: previous.start, times: [...previous.times, hit.time] };
      if (hit.step + 1 === steps) return { level: steps, times: chains[hit.step]!.times };
    }
  }
  for (let level = steps; level > 0; level--) {
    const chain = chains[level - 1];
    if (chain) return { level, times: chain.times };
  }
  return { level: 0, times: [] };
}
