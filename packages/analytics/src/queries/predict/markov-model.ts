import type { EventLog } from "../../log/event-log";

/** The code that stands for "the case ends" among next-step outcomes. */
export const END = -1;

/**
 * Counts of next outcomes per context (the last 1..order activities), trained on the cases
 * `include` accepts. Contexts are keys of comma-joined codes, most recent last.
 */
export class MarkovModel {
  private readonly counts = new Map<string, Map<number, number>>();

  constructor(readonly order: number) {}

  static train(log: EventLog, order: number, include: (caseIndex: number) => boolean): MarkovModel {
    const model = new MarkovModel(order);
    for (let c = 0; c + 1 < log.caseStart.length; c++) {
      if (!include(c)) continue;
      const s = log.caseStart[c]!;
      const e = log.caseStart[c + 1]!;
      for (let i = s; i < e; i++) {
        const next = i + 1 < e ? log.activity[i + 1]! : END;
        for (let k = 1; k <= order && i - k + 1 >= s; k++) model.observe(contextKey(log.activity, i - k + 1, i + 1), next);
      }
    }
    return model;
  }

  /** Outcome counts for the longest known suffix of `context` (codes, most recent last), or undefined. */
  outcomes(context: ArrayLike<number>): Map<number, number> | undefined {
    for (let k = Math.min(this.order, context.length); k >= 1; k--) {
      const found = this.counts.get(contextKey(context, context.length - k, context.length));
      if (found) return found;
    }
    return undefined;
  }

  private observe(key: string, next: number): void {
    let outcomes = this.counts.get(key);
    if (!outcomes) this.counts.set(key, (outcomes = new Map()));
    outcomes.set(next, (outcomes.get(next) ?? 0) + 1);
  }
}

function contextKey(codes: ArrayLike<number>, from: number, to: number): string {
  let key = "";
  for (let i = from; i < to; i++) key += i === from ? `${codes[i]}` : `,${codes[i]}`;
  return key;
}
