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
  // Kahn's algorithm; `ready` holds first-seen positions of actors with nothing left before them,
  // and the smallest is taken first, so the result is stable and ties keep reading order.
  const names = [...firstSeen.keys()];
  const ready = new MinHeap();
  names.forEach((a, i) => incoming.get(a) === 0 && ready.push(i));
  const placed = new Set<string>();
  const order: string[] = [];
  let consistent = true;
  let scan = 0;
  while (order.length < names.length) {
    let next = ready.pop();
    while (next !== undefined && placed.has(names[next]!)) next = ready.pop();
    if (next === undefined) {
      // A cycle: no actor is free; take the earliest one not yet placed and go on.
      consistent = false;
      while (placed.has(names[scan]!)) scan++;
      next = scan;
    }
    const actor = names[next]!;
    placed.add(actor);
    order.push(actor);
    for (const b of after.get(actor)!) {
      incoming.set(b, incoming.get(b)! - 1);
      if (incoming.get(b) === 0 && !placed.has(b)) ready.push(firstSeen.get(b)!);
    }
  }
  return { order, consistent };
}

/** A binary min-heap of numbers: linear-logarithmic ordering even for many actors. */
class MinHeap {
  private items: number[] = [];
  push(n: number): void {
    const a = this.items;
    a.push(n);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (a[parent]! <= a[i]!) break;
      [a[parent], a[i]] = [a[i]!, a[parent]!];
      i = parent;
    }
  }
  pop(): number | undefined {
    const a = this.items;
    if (!a.length) return undefined;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l]! < a[m]!) m = l;
        if (r < a.length && a[r]! < a[m]!) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}
