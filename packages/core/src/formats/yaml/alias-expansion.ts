/**
 * How many more nodes a parsed YAML value has when every alias is expanded than it has as parsed.
 * A YAML parser returns aliases as shared objects, so an "alias bomb" (each line referring ten
 * times to the line before) is small in memory but explodes when anything walks it — validation
 * would. Sizes are computed once per shared object (post-order, iterative), so the check itself
 * is linear. `undefined` means a cycle (an anchor that contains its own alias).
 */
export function aliasExpansion(root: unknown): number | undefined {
  const size = new Map<object, number>();
  const onPath = new Set<object>();
  let unique = 0;
  const stack: { node: object; expanded: boolean }[] = [];
  const push = (v: unknown) => {
    if (typeof v === "object" && v !== null && !size.has(v)) stack.push({ node: v, expanded: false });
  };
  push(root);
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const children = Object.values(top.node);
    if (!top.expanded) {
      if (onPath.has(top.node)) return undefined;
      if (size.has(top.node)) {
        stack.pop();
        continue;
      }
      top.expanded = true;
      onPath.add(top.node);
      for (const c of children) {
        if (typeof c === "object" && c !== null && onPath.has(c)) return undefined;
        push(c);
      }
      continue;
    }
    stack.pop();
    onPath.delete(top.node);
    let total = 1;
    for (const c of children) total += typeof c === "object" && c !== null ? size.get(c)! : 1;
    size.set(top.node, Math.min(total, Number.MAX_SAFE_INTEGER));
    unique += 1 + children.filter((c) => typeof c !== "object" || c === null).length;
  }
  const all = typeof root === "object" && root !== null ? size.get(root)! : 1;
  return all - (typeof root === "object" && root !== null ? unique : 1);
}
