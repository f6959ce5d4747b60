import type { Worker } from "node:worker_threads";
import { typeScriptWorker } from "./typescript-worker";

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

function start(): void {
  if (typeof SharedArrayBuffer !== "function") {
    broken = true;
    return;
  }
  const worker = typeScriptWorker(new URL("./scan-helper-worker.ts", import.meta.url));
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
