/** Lower-case word tokens of a name, accents and punctuation dropped (`"Check-out (web)"` → `["check", "out", "web"]`). */
export function nameTokens(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== "");
}

/**
 * How well an activity name fits a step name, from 0 to 1: 1 when the words are the same, 0.9
 * when one's words run inside the other's, otherwise the share of words they have in common
 * (Jaccard), where words equal up to a plural `s` count as the same.
 *
 * @example matchScore("Add to cart", "add_to_cart") // 1
 */
export function matchScore(stepName: string, activity: string): number {
  const a = nameTokens(stepName).map(stem);
  const b = nameTokens(activity).map(stem);
  if (a.length === 0 || b.length === 0) return 0;
  const aText = ` ${a.join(" ")} `;
  const bText = ` ${b.join(" ")} `;
  if (aText === bText) return 1;
  if (aText.includes(bText) || bText.includes(aText)) return 0.9;
  const setA = new Set(a);
  const setB = new Set(b);
  let shared = 0;
  for (const t of setA) if (setB.has(t)) shared++;
  return shared / (setA.size + setB.size - shared);
}

/** The least score for a suggestion. */
export const MATCH_THRESHOLD = 0.5;

/**
 * Suggests, for each step, the activities whose names fit it best: every activity goes to the
 * step it fits best (the earlier step on a tie) when the score reaches {@link MATCH_THRESHOLD}.
 */
export function suggestBindings<Id extends string>(steps: Array<{ id: Id; name: string }>, activities: readonly string[]): Map<Id, string[]> {
  const out = new Map<Id, string[]>();
  for (const activity of activities) {
    if (activity === "" || activity.length > 500) continue;
    let best: Id | undefined;
    let bestScore = MATCH_THRESHOLD - Number.EPSILON;
    for (const step of steps) {
      const score = matchScore(step.name, activity);
      if (score > bestScore) {
        bestScore = score;
        best = step.id;
      }
    }
    const list = best === undefined ? undefined : (out.get(best) ?? []);
    // A binding holds at most 200 names; beyond that a pattern is the better tool.
    if (best !== undefined && list && list.length < 200) out.set(best, [...list, activity]);
  }
  return out;
}

function stem(token: string): string {
  return token.length > 3 && token.endsWith("s") && !token.endsWith("ss") ? token.slice(0, -1) : token;
}
