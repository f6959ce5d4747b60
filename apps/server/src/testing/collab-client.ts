import WebSocket from "ws";
import * as Y from "yjs";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import type { JourneyDocument } from "@kaart/core";
import { documentCodec } from "../features/document-codec";

export interface CollabClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  closes: { code: number; reason: string }[];
  authFailures: string[];
  /** Stops reconnect attempts without closing anything (the server is about to die). */
  stayDown(): void;
  /** Messages received from the server so far, to wait for an answer that changes nothing visible. */
  messages: { count: number };
  close(): void;
}

/**
 * A real collaboration client in Node: @hocuspocus/provider over `ws` (Node 20 has no global
 * WebSocket), authenticated by an API token or by a session cookie on the upgrade request.
 */
export function collabClient(baseUrl: string, mapId: string, auth: { token?: string; cookie?: string; origin?: string }): CollabClient {
  const headers: Record<string, string> = {};
  if (auth.cookie) headers.cookie = `kaart_session=${auth.cookie}`;
  if (auth.origin) headers.origin = auth.origin;
  class NodeSocket extends WebSocket {
    constructor(url: string) {
      super(url, { headers });
    }
  }
  const closes: { code: number; reason: string }[] = [];
  const authFailures: string[] = [];
  const messages = { count: 0 };
  const socket = new HocuspocusProviderWebsocket({ url: `${baseUrl.replace(/^http/, "ws")}/collab`, WebSocketPolyfill: NodeSocket, maxAttempts: 1, autoConnect: false });
  socket.on("close", ({ event }: { event: { code: number; reason: string } }) => closes.push({ code: event.code, reason: String(event.reason) }));
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: mapId,
    document: doc,
    token: auth.token ?? "",
    onAuthenticationFailed: ({ reason }) => void authFailures.push(reason),
  });
  // A document closed by the server arrives as a Hocuspocus CLOSE message (code 1000 and the reason), not a socket close.
  provider.on("close", ({ event }: { event: { code: number; reason: string } }) => closes.push({ code: event.code, reason: String(event.reason) }));
  provider.on("message", () => void messages.count++);
  provider.attach();
  // A refused connection rejects connect(); the test reads `closes` and `authFailures` instead.
  socket.connect().catch(() => undefined);
  return { doc, provider, closes, authFailures, messages, stayDown: () => void (socket.shouldConnect = false), close: () => (provider.destroy(), socket.destroy()) };
}

/** Polls `check` until it holds (network round trips have no event to await here), failing after `ms`. */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The client's view of the map, or undefined before the first sync. */
export function documentOf(client: CollabClient): JourneyDocument | undefined {
  try {
    return documentCodec.read(client.doc);
  } catch {
    return undefined;
  }
}

/** An edit as a client makes it: the document changed and written back into the client's Y.Doc. */
export function editDocument(client: CollabClient, change: (doc: JourneyDocument) => JourneyDocument): void {
  const doc = documentOf(client);
  if (!doc) throw new Error("the client has not synced yet");
  documentCodec.write(change(doc), client.doc);
}

/** Synced and nothing left unacknowledged: by contract, on disk. */
export function acknowledged(client: CollabClient): boolean {
  return client.provider.isSynced && !client.provider.hasUnsyncedChanges;
}
