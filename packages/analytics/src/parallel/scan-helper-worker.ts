/**
 * Entry of the scan helper thread: takes chunks of each scan it is sent, beside the thread that
 * sent it (see `chunkedScan`). A scan whose chunks are all gone by the time its message arrives
 * costs nothing.
 */
import { parentPort } from "node:worker_threads";
import { HELPER_CHUNKS, HELPER_FAILED, IN_FLIGHT, scanColumnsOf, takeChunks, type ScanMessage } from "./chunked-scan";
import { warmScanKernels } from "./kernel-warm-up";
import { scanKernels } from "./scan-kernels";

parentPort!.on("message", (m: ScanMessage) => {
  Atomics.add(m.state, IN_FLIGHT, 1);
  try {
    const run = scanKernels.get(m.kernel);
    if (!run) throw new Error(`no scan kernel ${m.kernel}`);
    Atomics.add(m.state, HELPER_CHUNKS, takeChunks(scanColumnsOf(m.columns), run, m.params as never, m.state, m.chunks, m.cases, 1));
  } catch {
    Atomics.store(m.state, HELPER_FAILED, 1);
  } finally {
    Atomics.sub(m.state, IN_FLIGHT, 1);
    Atomics.notify(m.state, IN_FLIGHT);
  }
});
warmScanKernels();
parentPort!.postMessage("ready");
