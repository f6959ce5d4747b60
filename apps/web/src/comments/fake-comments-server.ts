import { createClient, type CommentThread, type CommentTarget, type ResponseLike, type Role } from "@kaart/contract";
import type { JourneyDocument } from "@kaart/core";

/** The map's workspace as the fake answers it: its members and the signed-in user's role there. */
export interface FakeWorkspace {
  document: JourneyDocument;
  members: { userId: string; name: string; email: string; role: Role }[];
  role: Role;
}

const WORKSPACE_ID = "ws_0000000000000000000001";

const id = (prefix: string, n: number) => `${prefix}_${String(n).padStart(22, "0")}`;

/**
 * The comment endpoints answered in memory behind the real typed client, for component tests:
 * the client builds the requests and parses the answers with the contract's schemas.
 */
export function fakeCommentsServer(mapId: string, user: { id: string; name: string }, workspace?: FakeWorkspace) {
  const threads: CommentThread[] = [];
  let n = 0;
  const now = () => `2026-01-01T00:00:${String(n % 60).padStart(2, "0")}.000Z`;
  const message = (body: string, author = user) => ({ id: id("cms", ++n), authorId: author.id, authorName: author.name, body, mentions: [], createdAt: now(), editedAt: null });
  const addThread = (target: CommentTarget, body: string, author = user) => {
    const thread: CommentThread = { id: id("cth", ++n), mapId, target, createdBy: author.id, createdAt: now(), resolvedAt: null, resolvedBy: null, messages: [message(body, author)] };
    threads.push(thread);
    return thread;
  };
  const answer = (status: number, body: unknown): ResponseLike => ({ ok: status < 400, status, json: async () => body, arrayBuffer: async () => new ArrayBuffer(0) });
  const client = createClient({
    baseUrl: "http://kaart.test",
    fetch: async (url, init) => {
      const u = new URL(url);
      const path = decodeURIComponent(u.pathname);
      // The map, the workspaces and the members, for mentions and the user's role; 404 without a workspace.
      if (path === `/api/maps/${mapId}` || path.startsWith("/api/workspaces")) {
        if (!workspace) return answer(404, { error: { code: "not_found", message: "no workspace" } });
        if (path === `/api/maps/${mapId}`) {
          const summary = { id: mapId, workspaceId: WORKSPACE_ID, title: workspace.document.map.title, tags: [], stageNames: [], createdAt: now(), updatedAt: now(), archived: false, deleted: false };
          return answer(200, { summary, document: workspace.document });
        }
        if (path === "/api/workspaces") return answer(200, [{ id: WORKSPACE_ID, name: "Team", role: workspace.role, createdAt: now() }]);
        return answer(200, workspace.members);
      }
      const [, threadId, kind, messageId] = decodeURIComponent(u.pathname).replace(`/api/maps/${mapId}/comments`, "").split("/");
      const input = init.body ? (JSON.parse(init.body) as { body: string; target: CommentTarget }) : undefined;
      const thread = threads.find((t) => t.id === threadId);
      if (!threadId) {
        if (init.method === "POST") return answer(201, addThread(input!.target, input!.body));
        const resolved = u.searchParams.get("resolved");
        return answer(200, threads.filter((t) => resolved === "all" || (resolved === "true") === (t.resolvedAt !== null)));
      }
      if (!thread) return answer(404, { error: { code: "not_found", message: "thread" } });
      if (kind === "resolve") Object.assign(thread, { resolvedAt: now(), resolvedBy: user.id });
      else if (kind === "reopen") Object.assign(thread, { resolvedAt: null, resolvedBy: null });
      else if (kind === "messages" && !messageId) thread.messages.push(message(input!.body));
      else if (kind === "messages" && init.method === "PATCH") Object.assign(thread.messages.find((m) => m.id === messageId)!, { body: input!.body, editedAt: now() });
      else if (kind === "messages" && init.method === "DELETE") {
        thread.messages = thread.messages.filter((m) => m.id !== messageId);
        if (thread.messages.length === 0) threads.splice(threads.indexOf(thread), 1);
        return answer(200, { threadDeleted: thread.messages.length === 0 });
      }
      return answer(kind === "messages" && init.method === "POST" ? 201 : 200, thread);
    },
  });
  return { client, threads, addThread };
}
