/**
 * One order of all actors that agrees with the order of actors inside every task, so that storing
 * it once (as the map's persona order) gives each task its actors back in the order written.
 * Ties go to the actor seen first. When tasks disagree (A before B in one, B before A in another)
 * no such order exists: the result is still a complete order and `consistent` is false.
 *
 * @example
 * actorOrder([["Līga"], ["Mari", "Līga"]]) // { order: ["Mari", "Līga"], consistent: true }
 */
export function actorOrder(tasks: readonly (readonly string[])[]): { order: string[]; consistent: boolean } {
  const firstSeen = new Map<string, number>();
  const after = new Map<string, Set<string>>();
  const incoming = new Map<string, number>();
  for (const actors of tasks) {
    for (const a of actors) {
      if (!firstSeen.has(a)) {
        firstSeen.set(a, firstSeen.size);
        after.set(a, new Set());
        incoming.set(a, 0);
      }
    }
    for (let i = 1; i < actors.length; i++) {
      const [a, b] = [actors[i - 1]!, actors[i]!];
      if (a === b || after.get(a)!.has(b)) continue;
      after.get(a)!.add(b);
      incoming.set(b, incoming.get(b)! + 1);
    }
  }
  const order: string[] = [];
  const placed = new Set<string>();
  let consistent = true;
  const bySeen = [...firstSeen.keys()];
  while (order.length < bySeen.length) {
    let next = bySeen.find((a) => !placed.has(a) && incoming.get(a) === 0);
    if (next === undefined) {
      consistent = false;
      next = bySeen.find((a) => !placed.has(a))!;
    }
    placed.add(next);
    order.push(next);
    for (const b of after.get(next)!) incoming.set(b, incoming.get(b)! - 1);
  }
  return { order, consistent };
}
