import { commentsChangedMessageSchema } from "@kaart/contract";

type Listener = (threadId: string) => void;
const listeners = new Map<string, Set<Listener>>();

/**
 * Hands a stateless message from the collaboration socket of map `mapId` to the comment views
 * listening on that map. Anything that is not a comments announcement is ignored, since the
 * socket may carry other messages.
 */
export function receiveStateless(mapId: string, payload: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return;
  }
  const message = commentsChangedMessageSchema.safeParse(parsed);
  if (!message.success) return;
  for (const listener of listeners.get(mapId) ?? []) listener(message.data.threadId);
}

/** Calls `listener` with the thread id whenever the server announces a changed thread of `mapId`. */
export function onCommentsChanged(mapId: string, listener: Listener): () => void {
  const set = listeners.get(mapId) ?? new Set<Listener>();
  listeners.set(mapId, set);
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(mapId);
  };
}

/** Tells the comment views of `mapId` to refetch, e.g. after the socket (re)synced and may have missed announcements. */
export function resyncComments(mapId: string): void {
  for (const listener of listeners.get(mapId) ?? []) listener("");
}
