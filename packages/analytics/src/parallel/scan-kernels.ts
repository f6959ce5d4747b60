import { collectEdgeCandidates, countEdges } from "../queries/dfg/edge-kernels";
import { funnelChunk } from "../queries/funnel/funnel-pass";
import type { NamedKernel } from "./chunked-scan";
import type { ScanKernel } from "./scan-kernel";

/** Every kernel a chunked scan may send to the helper thread, by name. */
export const scanKernels: ReadonlyMap<string, ScanKernel<never>> = new Map(
  ([countEdges, collectEdgeCandidates, funnelChunk] as Array<NamedKernel<never>>).map((k) => [k.name, k.run]),
);
