import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import { ENDPOINTS, roleAtLeast, type Endpoint, type Role } from "@kaart/contract";
import { Caller, signedIn, startTestServer, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";
import { TINY_PNG, uploadFile } from "../testing/upload";

type Who = "anonymous" | "outsider" | Role;
const WHO: Who[] = ["anonymous", "outsider", "viewer", "commenter", "editor", "owner"];
const PASSWORD = "correct horse battery";
const DENIALS = new Set(["unauthenticated", "forbidden", "not_found", "csrf_failed"]);

/** What `who` should get from an endpoint: allowed, or the denial's code. */
function expected(e: Endpoint, who: Who): "allowed" | "unauthenticated" | "forbidden" | "not_found" {
  const a = e.access;
  if (a.kind === "public") return "allowed";
  if (who === "anonymous") return "unauthenticated";
  if (a.kind === "user") return "allowed";
  if (a.kind === "admin") return who === "owner" ? "allowed" : "forbidden"; // the owner signed up first: the instance admin
  if (who === "outsider") return "not_found";
  return roleAtLeast(who, a.role) ? "allowed" : "forbidden";
}

await forEachDialect("authorization matrix", (dialect) => {
  let server: TestServer;
  let owner: Caller & { userId: string };
  let workspaceId: string;
  const callers = new Map<Who, Caller>();
  let n = 0;

  let sideWorkspaceId: string;
  const invite = async (role: Role, into = workspaceId) => (await owner.send("POST", `/api/workspaces/${into}/invitations`, { role })).body.token as string;
  const login = async (who: Who): Promise<Caller> => {
    const c = new Caller(server.url);
    if (who !== "anonymous") assert.equal((await c.send("POST", "/api/auth/login", { email: `${who}@example.com`, password: PASSWORD })).status, 200);
    return c;
  };

  before(async () => {
    server = await startTestServer(dialect);
    owner = await signedIn(server, "owner@example.com");
    workspaceId = (await owner.send("POST", "/api/workspaces", { name: "Team" })).body.id;
    sideWorkspaceId = (await owner.send("POST", "/api/workspaces", { name: "Side" })).body.id;
    for (const role of ["viewer", "commenter", "editor"] as const) callers.set(role, await signedIn(server, `${role}@example.com`, { invitationToken: await invite(role) }));
    const outsiderInvite = (await owner.send("POST", `/api/workspaces/${workspaceId}/invitations`, { role: "viewer" })).body.token;
    const outsider = await signedIn(server, "outsider@example.com", { invitationToken: outsiderInvite });
    await owner.send("DELETE", `/api/workspaces/${workspaceId}/members/${outsider.userId}`);
    await outsider.send("POST", "/api/workspaces", { name: "Elsewhere" });
    callers.set("outsider", outsider);
    callers.set("owner", owner);
    callers.set("anonymous", new Caller(server.url));
  });
  after(() => server.close());

  /**
   * Fresh targets for every call, so an allowed destructive call never spoils the next one. Each
   * target is made only when the path or body of the endpoint needs it (they are slow to make).
   */
  async function request(name: string, e: Endpoint, caller: Caller): Promise<{ path: string; body?: unknown }> {
    const made = new Map<string, Promise<string>>();
    const rawLog = { raw: "c,a,t\nx,visit,2024-01-01T00:00:00Z\n", headers: { "content-type": "application/octet-stream" } };
    const makers: Record<string, () => Promise<string>> = {
      workspaceId: async () => workspaceId,
      mapId: async () => (await owner.send("POST", `/api/workspaces/${workspaceId}/maps`, { title: `M${n++}` })).body.id,
      doc: async () => JSON.stringify((await owner.send("GET", `/api/maps/${await get("mapId")}`)).body.document),
      userId: async () => (await signedIn(server, `dummy${n++}@example.com`, { invitationToken: await invite("viewer") })).userId,
      tokenId: async () => (caller.cookie ? (await caller.send("POST", "/api/auth/tokens", { name: "t" })).body.id : "tok_AAAAAAAAAAAAAAAAAAAAAA"),
      versionId: async () => (await owner.send("POST", `/api/maps/${await get("mapId")}/versions`, { name: "v" })).body.id,
      link: async () => JSON.stringify((await owner.send("POST", `/api/maps/${await get("mapId")}/share-links`, {})).body),
      linkId: async () => JSON.parse(await get("link")).id,
      token: async () => (name === "openSharedMap" ? JSON.parse(await get("link")).token : invite("viewer", sideWorkspaceId)),
      sideInvite: () => invite("viewer", sideWorkspaceId),
      workspacePersonaId: async () => (await owner.send("POST", `/api/workspaces/${workspaceId}/personas`, { name: "P" })).body.id,
      assetId: async () => (await uploadFile(owner, `/api/workspaces/${workspaceId}/assets`, TINY_PNG, "p.png")).body.id,
      workspaceTouchpointId: async () => (await owner.send("POST", `/api/workspaces/${workspaceId}/touchpoints`, { name: "T", channel: "web" })).body.id,
      threadId: async () => (await owner.send("POST", `/api/maps/${await get("mapId")}/comments`, { target: { kind: "map" }, body: "t" })).body.id,
      // A message of the caller's own where it may post one (only authors edit or delete), else the owner's.
      messageId: async () => {
        const thread = `/api/maps/${await get("mapId")}/comments/${await get("threadId")}/messages`;
        const own = await caller.send("POST", thread, { body: "mine" });
        const r = own.status === 201 ? own : await owner.send("POST", thread, { body: "theirs" });
        return r.body.messages.at(-1).id;
      },
      logId: async () => (await owner.send("POST", `/api/workspaces/${workspaceId}/event-logs?name=m.csv&case=c&activity=a&timestamp=t`, undefined, rawLog)).body.id,
    };
    const get = (key: string): Promise<string> => {
      if (!made.has(key)) made.set(key, makers[key]!());
      return made.get(key)!;
    };
    const values: Record<string, string> = {};
    for (const [, key] of e.path.matchAll(/:([A-Za-z]+)/g)) values[key!] = await get(key!);
    const path = e.path.replace(/:([A-Za-z]+)/g, (_, k: string) => encodeURIComponent(values[k]!));
    const bodies: Record<string, () => Promise<unknown>> = {
      signup: async () => ({ email: `new${n++}@example.com`, name: "New", password: PASSWORD, invitationToken: await get("sideInvite") }),
      login: async () => ({ email: "owner@example.com", password: PASSWORD }),
      changePassword: async () => ({ currentPassword: PASSWORD, newPassword: PASSWORD }),
      createToken: async () => ({ name: "t" }),
      updateSettings: async () => ({ signupOpen: false }),
      createWorkspace: async () => ({ name: "W" }),
      updateMember: async () => ({ role: "commenter" }),
      createInvitation: async () => ({ role: "viewer" }),
      createMap: async () => ({ title: "New" }),
      importMap: async () => ({ format: "json", content: await get("doc") }),
      replaceDocument: async () => ({ document: JSON.parse(await get("doc")) }),
      duplicateMap: async () => ({}),
      createWorkspacePersona: async () => ({ name: "P" }),
      updateWorkspacePersona: async () => ({ name: "P2" }),
      attachWorkspacePersona: async () => ({ workspacePersonaId: await get("workspacePersonaId") }),
      createWorkspaceTouchpoint: async () => ({ name: "T", channel: "web" }),
      updateWorkspaceTouchpoint: async () => ({ name: "T2", channel: "app" }),
      attachWorkspaceTouchpoint: async () => ({ workspaceTouchpointId: await get("workspaceTouchpointId") }),
      createVersion: async () => ({ name: "Named" }),
      queryEventLog: async () => ({ kind: "stats", version: 1 }),
      bindEventLog: async () => ({ logId: await get("logId") }),
      createShareLink: async () => ({}),
      openSharedMap: async () => ({}),
      createCommentThread: async () => ({ target: { kind: "map" }, body: "hello" }),
      replyToCommentThread: async () => ({ body: "reply" }),
      editCommentMessage: async () => ({ body: "edited" }),
    };
    const body = bodies[name] ? await bodies[name]() : e.method === "GET" || e.method === "DELETE" ? undefined : e.body ? {} : undefined;
    if (name === "observedJourney") values.logId = await get("logId");
    const eventLogQueries: Record<string, string> = { observedJourney: `?logId=${values.logId ?? ""}`, previewEventLog: "?name=m.csv", uploadEventLog: "?name=m.csv&case=c&activity=a&timestamp=t" };
    const query = name === "exportMap" ? "?format=json" : (eventLogQueries[name] ?? "");
    return { path: path + query, body };
  }

  for (const [name, e] of Object.entries(ENDPOINTS) as [string, Endpoint][]) {
    it(`${e.method} ${e.path} (${name})`, async () => {
      for (const who of WHO) {
        // Log-out ends the session it is called with, sign-up and log-in replace it: those calls get a session of their own.
        const caller = ["logout", "login", "signup"].includes(name) ? await login(who) : callers.get(who)!;
        const { path, body } = await request(name, e, caller);
        const r = await caller.send(e.method, path, body);
        const want = expected(e, who);
        const got = r.status >= 400 ? r.body?.error?.code : "allowed";
        if (want === "allowed") assert.ok(!DENIALS.has(got), `${who}: expected access, got ${r.status} ${got}`);
        else assert.equal(got, want, `${who}: expected ${want}, got ${r.status} ${got}`);
      }
    });
  }
});
