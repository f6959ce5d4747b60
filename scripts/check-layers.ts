/**
 * Fails (exit 1) when an import breaks the arrows in `layers.ts`, reaches into another
 * workspace past its public entry, escapes its own workspace by a relative path, uses a Node
 * builtin where code must also run in browsers, or closes an import cycle inside a workspace.
 * Every message names what is allowed instead.
 */
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, dirname, relative, resolve } from "node:path";
import { builtinModules } from "node:module";
import { LAYERS, NODE_ONLY_FOLDERS } from "./layers";

// KAART_LAYERS_ROOT lets the check's own test point it at a fixture tree.
const root = resolve(process.env.KAART_LAYERS_ROOT ?? resolve(import.meta.dirname, ".."));
const builtins = new Set(builtinModules);
const IMPORT_RE = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^\s*import\s*["']([^"']+)["']/gm;

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist" || name.startsWith(".")) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx|mts)$/.test(name) && !name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const found: string[] = [];
  for (const m of text.matchAll(IMPORT_RE)) found.push((m[1] ?? m[2] ?? m[3])!);
  return found;
}

function resolveRelative(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const problems: string[] = [];
for (const [name, layer] of Object.entries(LAYERS)) {
  const dir = join(root, layer.dir);
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(dir)) {
    const rel = relative(root, file);
    const nodeOnly = NODE_ONLY_FOLDERS.some((f) => rel.startsWith(`${layer.dir}/${f}/`)) || /\.(test|spec|bench)\.tsx?$/.test(file);
    const edges: string[] = [];
    for (const spec of importsOf(file)) {
      if (spec.startsWith(".")) {
        const target = resolveRelative(file, spec);
        // A benchmark may reuse core's benchmark fixtures (Node-only test support that never ships).
        const benchFixture = nodeOnly && target?.startsWith(join(root, "packages/core/bench") + "/");
        if (target && !target.startsWith(dir + "/") && !benchFixture) {
          problems.push(`${rel}: imports ${spec}, outside ${layer.dir}; import another workspace by its package name (${name} may import: ${layer.mayImport.join(", ") || "nothing"})`);
        } else if (target) edges.push(target);
        continue;
      }
      if (spec.startsWith("@kaart/")) {
        const pkg = spec.split("/").slice(0, 2).join("/");
        if (spec !== pkg) problems.push(`${rel}: deep import ${spec}; import ${pkg} through its public entry only`);
        if (pkg !== name && !layer.mayImport.includes(pkg)) {
          problems.push(`${rel}: ${name} may not import ${pkg}; it may import: ${layer.mayImport.join(", ") || "nothing from Kaart"}`);
        }
        continue;
      }
      const bare = spec.replace(/^node:/, "").split("/")[0]!;
      if (!layer.nodeBuiltins && !nodeOnly && (spec.startsWith("node:") || builtins.has(bare))) {
        problems.push(`${rel}: imports Node builtin ${spec}; ${name} runs in browsers too — inject I/O from the app instead`);
      }
    }
    graph.set(file, edges);
  }
  for (const cycle of findCycles(graph)) {
    problems.push(`import cycle in ${name}: ${cycle.map((f) => relative(root, f)).join(" → ")}; move what both need into a module of its own`);
  }
}

/** Tarjan's strongly connected components; a component of two or more files is a cycle. */
function findCycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) cycles.push(comp.reverse());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return cycles;
}

if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`layer check: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log("layer check: ok");
