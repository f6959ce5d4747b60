/**
 * {@link funnelLevel} without one object per hit or chain: hits go into reused typed arrays and
 * chains into a `steps × steps` matrix of times, so a funnel over millions of cases allocates
 * nothing per case. Use: `reset()`, `add(time, step)` for each hit, then `scan()`; the chain
 * that reached `level` is `time(0 .. level - 1)`.
 */
export class FunnelScanner {
  private hitTime = new Float64Array(64);
  private hitStep = new Int32Array(64);
  private hits = 0;
  private readonly chainTimes: Float64Array;
  private readonly chainStart: Float64Array;
  private readonly chainRound: Int32Array;
  private round = 0;
  private reachedRow = -1;

  constructor(
    private readonly steps: number,
    private readonly windowMs: number,
  ) {
    this.chainTimes = new Float64Array(steps * steps);
    this.chainStart = new Float64Array(steps);
    this.chainRound = new Int32Array(steps).fill(-1);
  }

  reset(): void {
    this.hits = 0;
  }

  add(time: number, step: number): void {
    if (this.hits === this.hitTime.length) this.grow();
    this.hitTime[this.hits] = time;
    this.hitStep[this.hits++] = step;
  }

  /** The deepest level reached by the hits added since `reset` (0 when none). */
  scan(): number {
    this.sortHits();
    const round = ++this.round;
    for (let h = 0; h < this.hits; h++) if (this.extend(this.hitTime[h]!, this.hitStep[h]!, round)) return this.reached(this.steps - 1);
    return this.deepest(round);
  }

  /**
   * One hit in (time, step) order: a first-step hit (re)starts chain 0; a later step extends the
   * chain one step shorter when it exists in this round and started within the window. True
   * when that reached the last step.
   */
  private extend(time: number, step: number, round: number): boolean {
    const { steps, chainTimes, chainStart, chainRound } = this;
    if (step === 0) {
      chainRound[0] = round;
      chainStart[0] = time;
      chainTimes[0] = time;
      return false;
    }
    if (chainRound[step - 1] !== round || time > chainStart[step - 1]! + this.windowMs) return false;
    chainRound[step] = round;
    chainStart[step] = chainStart[step - 1]!;
    // A plain loop: chains are a few steps long, shorter than a native copy's call costs.
    for (let k = 0; k < step; k++) chainTimes[step * steps + k] = chainTimes[(step - 1) * steps + k]!;
    chainTimes[step * steps + step] = time;
    return step + 1 === steps;
  }

  /** The deepest chain of `round` (0 when none). */
  private deepest(round: number): number {
    for (let k = this.steps - 1; k >= 0; k--) if (this.chainRound[k] === round) return this.reached(k);
    this.reachedRow = -1;
    return 0;
  }

  /** Time of the `k`-th event of the chain found by the last `scan`. */
  time(k: number): number {
    return this.chainTimes[this.reachedRow * this.steps + k]!;
  }

  private grow(): void {
    const time = new Float64Array(this.hitTime.length * 2);
    const step = new Int32Array(this.hitTime.length * 2);
    time.set(this.hitTime);
    step.set(this.hitStep);
    this.hitTime = time;
    this.hitStep = step;
  }

  private reached(row: number): number {
    this.reachedRow = row;
    return row + 1;
  }

  /** Insertion sort by (time, step): hits arrive in time order except among equal times, so this is near linear. */
  private sortHits(): void {
    const { hitTime, hitStep } = this;
    for (let i = 1; i < this.hits; i++) {
      const t = hitTime[i]!;
      const s = hitStep[i]!;
      let j = i - 1;
      while (j >= 0 && (hitTime[j]! > t || (hitTime[j] === t && hitStep[j]! > s))) {
        hitTime[j + 1] = hitTime[j]!;
        hitStep[j + 1] = hitStep[j]!;
        j--;
      }
      hitTime[j + 1] = t;
      hitStep[j + 1] = s;
    }
  }
}
