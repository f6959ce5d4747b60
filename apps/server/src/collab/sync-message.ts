import * as decoding from "lib0/decoding";

const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * The Yjs update a Hocuspocus message carries, or undefined when it carries none (awareness,
 * auth, sync step 1, stateless). Layout: document name, message type, sync type, update bytes.
 *
 * @example
 * const update = updateInMessage(raw); // Uint8Array for sync step 2 and update messages
 */
export function updateInMessage(message: Uint8Array): Uint8Array | undefined {
  try {
    const d = decoding.createDecoder(message);
    decoding.readVarString(d);
    const type = decoding.readVarUint(d);
    if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return undefined;
    const syncType = decoding.readVarUint(d);
    if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return undefined;
    return decoding.readVarUint8Array(d);
  } catch {
    return undefined;
  }
}
