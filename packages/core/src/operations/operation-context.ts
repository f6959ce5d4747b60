import type { RandomSource } from "../records/ids";

/**
 * What an operation needs from the outside world, injected so operations stay pure: the time to
 * stamp on `map.updatedAt`, and the randomness new ids are drawn from (Web Crypto when absent).
 */
export interface OperationContext {
  now: string;
  random?: RandomSource;
}
