import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * A worker thread running the TypeScript module at `entry` (a file URL). Workers do not inherit
 * tsx's loader when it was registered in-process, so a small script registers it first and then
 * imports the entry. Used by the parallel CSV reader and the scan helper.
 */
export function typeScriptWorker(entry: URL, options: Omit<WorkerOptions, "eval"> = {}): Worker {
  const api = import.meta.resolve("tsx/esm/api");
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(code, { ...options, eval: true });
}
