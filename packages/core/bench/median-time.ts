/**
 * Median wall time of `fn` over `runs`, after a few warm-up calls so the JIT has compiled it.
 * Benchmarks report medians: one slow run on a noisy machine must not move the figure.
 */
export function medianMs(runs: number, fn: () => unknown): number {
  for (let i = 0; i < 5; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
