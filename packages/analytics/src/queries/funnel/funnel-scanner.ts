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

  /**
   * Adds a hit for every event `i` in `[from, end)` whose `stepOf[activity[i]]` is a step (≥ 0),
   * in event order: `add` fused into one loop, for the activities that fill one step each.
   */
  addEvents(activity: ArrayLike<number>, time: Float64Array, stepOf: Int32Array, from: number, end: number): void {
    while (this.hits + (end - from) > this.hitTime.length) this.grow();
    const { hitTime, hitStep } = this;
    let h = this.hits;
    for (let i = from; i < end; i++) {
      const step = stepOf[activity[i]!]!;
      if (step < 0) continue;
      hitTime[h] = time[i]!;
      hitStep[h++] = step;
    }
    this.hits = h;
  }

  /** The deepest level reached by the hits added since `reset` (0 when none). */
  scan(): number {
    this.sortHits();
    const round = ++this.round;
    for (let h = 0; h < this.hits; h++) if (this.extend(this.hitTime[h]!, this.hitStep[h]!, round)) return this.reached(this.steps - 1);
    return this.deepest(round);
  }

  /**
   * `reset`, `addEvents` and `scan` in one pass, for events `[from, end)` in canonical order
   * (times never decrease): the hits of one time are gathered and taken in step order as soon
   * as the time moves on, and the scan stops when the last step is reached, so the rest of the
   * case is not read. Only for activities that fill one step each.
   */
  scanEvents(activity: ArrayLike<number>, time: Float64Array, stepOf: Int32Array, from: number, end: number): number {
    const round = ++this.round;
    const { hitStep } = this;
    let group = 0;
    let groupTime = Number.NaN;
    for (let i = from; i < end; i++) {
      const step = stepOf[activity[i]!]!;
      if (step < 0) continue;
      const t = time[i]!;
      if (t !== groupTime) {
        if (group > 0 && this.extendGroup(groupTime, group, round)) return this.reached(this.steps - 1);
        groupTime = t;
        group = 0;
      }
      if (group === hitStep.length) return this.scanFallback(activity, time, stepOf, from, end);
      // Insertion by step: a group holds the few hits of one instant.
      let j = group++;
      for (; j > 0 && hitStep[j - 1]! > step; j--) hitStep[j] = hitStep[j - 1]!;
      hitStep[j] = step;
    }
    if (group > 0 && this.extendGroup(groupTime, group, round)) return this.reached(this.steps - 1);
    return this.deepest(round);
  }

  /** More hits at one instant than the buffer holds (rare): the general path. */
  private scanFallback(activity: ArrayLike<number>, time: Float64Array, stepOf: Int32Array, from: number, end: number): number {
    this.reset();
    this.addEvents(activity, time, stepOf, from, end);
    return this.scan();
  }

  /** Takes the first `count` hits of `hitStep`, all at `time`, in order; true when the last step is reached. */
  private extendGroup(time: number, count: number, round: number): boolean {
    for (let h = 0; h < count; h++) if (this.extend(time, this.hitStep[h]!, round)) return true;
    return false;
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
