import { Worker } from "node:worker_threads";

let helper: Worker | undefined;
let broken = false;
let ready: Promise<boolean> | undefined;

/**
 * The helper thread of chunked scans, started on first use and kept (unreferenced, so it never
 * holds a process open); undefined once it has failed. Started early by `prestartScanHelper`
 * when a large log is read, so the first query finds it up.
 */
export function scanHelper(): Worker | undefined {
  if (!helper && !broken) start();
  return helper;
}

/** Starts the helper now (a no-op when it runs or has failed). */
export function prestartScanHelper(): void {
  scanHelper();
}

/** Resolves true once the helper has loaded its kernels (false if it cannot start). */
export function scanHelperReady(): Promise<boolean> {
  scanHelper();
  return ready ?? Promise.resolve(false);
}

/** The helper stalled or failed a kernel: stop it and scan on the calling thread from now on. */
export function markScanHelperBroken(): void {
  broken = true;
  void helper?.terminate();
  helper = undefined;
}

/**
 * Workers do not inherit tsx's loader when it was registered in-process, so a small script
 * registers it first and then imports the TypeScript entry (as the parallel CSV reader does).
 */
function start(): void {
  if (typeof SharedArrayBuffer !== "function") {
    broken = true;
    return;
  }
  const api = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./scan-helper-worker.ts", import.meta.url).href;
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  const worker = new Worker(code, { eval: true });
  worker.unref();
  helper = worker;
  ready = new Promise((resolve) => {
    worker.once("message", (m) => resolve(m === "ready"));
    worker.once("error", () => resolve(false));
    worker.once("exit", () => resolve(false));
  });
  worker.on("error", () => {
    if (helper === worker) markScanHelperBroken();
  });
  worker.on("exit", () => {
    if (helper === worker) helper = undefined;
  });
}
