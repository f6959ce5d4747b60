import { OutgoingMessage, type Hocuspocus } from "@hocuspocus/server";
import type { Redis } from "@hocuspocus/extension-redis";

/**
 * Sends a stateless message to every client with the map open, on every instance. A document
 * loaded here broadcasts itself (and the Redis extension relays it); a document not loaded here
 * may still be open on another instance, so the message is published on the document's Redis
 * channel directly, in the extension's own framing, and the instances holding it pass it on.
 */
export function announceStateless(hocuspocus: Hocuspocus, redis: Redis | undefined, mapId: string, payload: string): void {
  const document = hocuspocus.documents.get(mapId);
  if (document) return document.broadcastStateless(payload);
  if (!redis) return;
  const message = new OutgoingMessage(mapId).writeBroadcastStateless(payload).toUint8Array();
  void redis.pub.publish(`${redis.configuration.prefix}:${mapId}`, Buffer.concat([redis.messagePrefix, Buffer.from(message)])).catch(() => undefined);
}
