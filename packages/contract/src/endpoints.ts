import { z } from "zod";
import {
  apiTokenSchema, createdApiTokenSchema, createTokenBodySchema, instanceSettingsSchema, loginBodySchema, okSchema,
  passwordChangeBodySchema, sessionInfoSchema, signupBodySchema,
} from "./auth-schemas";
import {
  createInvitationBodySchema, createWorkspaceBodySchema, invitationPreviewSchema, invitationSchema, invitationTokenParamsSchema, memberParamsSchema,
  memberSchema, updateMemberBodySchema, workspaceParamsSchema, workspaceSchema,
} from "./workspace-schemas";
import {
  createMapBodySchema, duplicateMapBodySchema, exportQuerySchema, importMapBodySchema, importXlsxQuerySchema, listMapsQuerySchema, mapParamsSchema,
  mapSummarySchema, mapWithDocumentSchema, replaceDocumentBodySchema,
} from "./map-schemas";
import { serverIdSchema } from "./text-fields";
import { createVersionBodySchema, diffQuerySchema, versionDiffSchema, versionParamsSchema, versionSchema, versionWithDocumentSchema } from "./version-schemas";
import { BACKLOG_ENDPOINTS } from "./backlog-schemas";
import { EVENT_LOG_ENDPOINTS } from "./event-logs/event-log-schemas";
import { LIBRARY_ENDPOINTS } from "./library-schemas";
import { AUDIT_ENDPOINTS } from "./audit-schemas";
import { ASSET_ENDPOINTS } from "./asset-schemas";
import { NOTIFICATION_ENDPOINTS } from "./notification-schemas";
import { ACCOUNT_ENDPOINTS } from "./account-schemas";
import { COMMENT_ENDPOINTS } from "./comment-schemas";
import { createdShareLinkSchema, createShareLinkBodySchema, openSharedBodySchema, sharedMapSchema, sharedTokenParamsSchema, shareLinkParamsSchema, shareLinkSchema } from "./share-schemas";
import { endpoint } from "./endpoint";

const pub = { kind: "public" } as const;
const user = { kind: "user" } as const;

/**
 * Every REST endpoint of the server. The server registers a handler for each (a test fails when
 * one is missing), the typed client calls them by name and `/api/openapi.json` is made from them.
 */
export const ENDPOINTS = {
  health: endpoint({ method: "GET", path: "/api/health", summary: "Liveness", access: pub, response: z.strictObject({ status: z.literal("ok") }) }),

  signup: endpoint({ method: "POST", path: "/api/auth/signup", summary: "Create an account (first user: instance admin; then by invitation)", access: pub, body: signupBodySchema, response: sessionInfoSchema, status: 201 }),
  login: endpoint({ method: "POST", path: "/api/auth/login", summary: "Sign in; sets the session cookie", access: pub, body: loginBodySchema, response: sessionInfoSchema }),
  logout: endpoint({ method: "POST", path: "/api/auth/logout", summary: "Sign out; closes this session's sockets", access: user, response: okSchema }),
  session: endpoint({ method: "GET", path: "/api/auth/session", summary: "The signed-in user and CSRF token", access: user, response: sessionInfoSchema }),
  changePassword: endpoint({ method: "POST", path: "/api/auth/password", summary: "Change password; ends the user's other sessions", access: user, body: passwordChangeBodySchema, response: okSchema }),
  listTokens: endpoint({ method: "GET", path: "/api/auth/tokens", summary: "The user's API tokens", access: user, response: z.array(apiTokenSchema) }),
  createToken: endpoint({ method: "POST", path: "/api/auth/tokens", summary: "Create an API token (shown once)", access: user, body: createTokenBodySchema, response: createdApiTokenSchema, status: 201 }),
  revokeToken: endpoint({ method: "DELETE", path: "/api/auth/tokens/:tokenId", summary: "Revoke an API token", access: user, params: z.strictObject({ tokenId: serverIdSchema("tok") }), response: okSchema }),
  getSettings: endpoint({ method: "GET", path: "/api/instance/settings", summary: "Instance settings", access: { kind: "admin" }, response: instanceSettingsSchema }),
  updateSettings: endpoint({ method: "PUT", path: "/api/instance/settings", summary: "Open or close sign-up", access: { kind: "admin" }, body: instanceSettingsSchema, response: instanceSettingsSchema }),

  listWorkspaces: endpoint({ method: "GET", path: "/api/workspaces", summary: "Workspaces the user belongs to", access: user, response: z.array(workspaceSchema) }),
  createWorkspace: endpoint({ method: "POST", path: "/api/workspaces", summary: "Create a workspace (the creator owns it)", access: user, body: createWorkspaceBodySchema, response: workspaceSchema, status: 201 }),
  getWorkspace: endpoint({ method: "GET", path: "/api/workspaces/:workspaceId", summary: "One workspace", access: { kind: "workspace", role: "viewer" }, params: workspaceParamsSchema, response: workspaceSchema }),
  listMembers: endpoint({ method: "GET", path: "/api/workspaces/:workspaceId/members", summary: "Members and roles", access: { kind: "workspace", role: "viewer" }, params: workspaceParamsSchema, response: z.array(memberSchema) }),
  updateMember: endpoint({ method: "PATCH", path: "/api/workspaces/:workspaceId/members/:userId", summary: "Change a member's role", access: { kind: "workspace", role: "owner" }, params: memberParamsSchema, body: updateMemberBodySchema, response: memberSchema }),
  removeMember: endpoint({ method: "DELETE", path: "/api/workspaces/:workspaceId/members/:userId", summary: "Remove a member; closes their sockets", access: { kind: "workspace", role: "owner" }, params: memberParamsSchema, response: okSchema }),
  createInvitation: endpoint({ method: "POST", path: "/api/workspaces/:workspaceId/invitations", summary: "Invite by link", access: { kind: "workspace", role: "owner" }, params: workspaceParamsSchema, body: createInvitationBodySchema, response: invitationSchema, status: 201 }),
  getInvitation: endpoint({ method: "GET", path: "/api/invitations/:token", summary: "What an invitation link offers: workspace, role, who invites (no account needed)", access: pub, params: invitationTokenParamsSchema, response: invitationPreviewSchema }),
  acceptInvitation: endpoint({ method: "POST", path: "/api/invitations/:token/accept", summary: "Join a workspace with an invitation link", access: user, params: invitationTokenParamsSchema, response: workspaceSchema }),

  listMaps: endpoint({ method: "GET", path: "/api/workspaces/:workspaceId/maps", summary: "List and search maps (titles, tags, content)", access: { kind: "workspace", role: "viewer" }, params: workspaceParamsSchema, query: listMapsQuerySchema, response: z.array(mapSummarySchema) }),
  createMap: endpoint({ method: "POST", path: "/api/workspaces/:workspaceId/maps", summary: "Create a blank map or one from a template", access: { kind: "workspace", role: "editor" }, params: workspaceParamsSchema, body: createMapBodySchema, response: mapSummarySchema, status: 201 }),
  importMap: endpoint({ method: "POST", path: "/api/workspaces/:workspaceId/maps/import", summary: "Create a map from a file's text (json, yaml, mmd, csv)", access: { kind: "workspace", role: "editor" }, params: workspaceParamsSchema, body: importMapBodySchema, response: mapSummarySchema, status: 201 }),
  importMapXlsx: endpoint({ method: "POST", path: "/api/workspaces/:workspaceId/maps/import/xlsx", summary: "Create a map from an XLSX grid sent as the raw body", access: { kind: "workspace", role: "editor" }, params: workspaceParamsSchema, query: importXlsxQuerySchema, response: mapSummarySchema, status: 201 }),
  getMap: endpoint({ method: "GET", path: "/api/maps/:mapId", summary: "A map and its document", access: { kind: "map", role: "viewer" }, params: mapParamsSchema, response: mapWithDocumentSchema }),
  replaceDocument: endpoint({ method: "PUT", path: "/api/maps/:mapId/document", summary: "Replace a map's document (merged into live editors)", access: { kind: "map", role: "editor" }, params: mapParamsSchema, body: replaceDocumentBodySchema, response: mapSummarySchema }),
  duplicateMap: endpoint({ method: "POST", path: "/api/maps/:mapId/duplicate", summary: "Copy a map", access: { kind: "map", role: "editor" }, params: mapParamsSchema, body: duplicateMapBodySchema, response: mapSummarySchema, status: 201 }),
  archiveMap: endpoint({ method: "POST", path: "/api/maps/:mapId/archive", summary: "Archive a map", access: { kind: "map", role: "editor" }, params: mapParamsSchema, response: mapSummarySchema }),
  unarchiveMap: endpoint({ method: "POST", path: "/api/maps/:mapId/unarchive", summary: "Bring a map back from the archive", access: { kind: "map", role: "editor" }, params: mapParamsSchema, response: mapSummarySchema }),
  deleteMap: endpoint({ method: "DELETE", path: "/api/maps/:mapId", summary: "Move a map to the bin (restorable)", access: { kind: "map", role: "editor" }, params: mapParamsSchema, response: mapSummarySchema }),
  restoreMap: endpoint({ method: "POST", path: "/api/maps/:mapId/restore", summary: "Take a map out of the bin", access: { kind: "map", role: "editor" }, params: mapParamsSchema, response: mapSummarySchema }),
  listVersions: endpoint({ method: "GET", path: "/api/maps/:mapId/versions", summary: "Named and automatic versions, newest first", access: { kind: "map", role: "viewer" }, params: mapParamsSchema, response: z.array(versionSchema) }),
  createVersion: endpoint({ method: "POST", path: "/api/maps/:mapId/versions", summary: "Save the current state as a named version", access: { kind: "map", role: "editor" }, params: mapParamsSchema, body: createVersionBodySchema, response: versionSchema, status: 201 }),
  getVersion: endpoint({ method: "GET", path: "/api/maps/:mapId/versions/:versionId", summary: "A version and its document", access: { kind: "map", role: "viewer" }, params: versionParamsSchema, response: versionWithDocumentSchema }),
  diffVersion: endpoint({ method: "GET", path: "/api/maps/:mapId/versions/:versionId/diff", summary: "What changed from a version to the current map or another version", access: { kind: "map", role: "viewer" }, params: versionParamsSchema, query: diffQuerySchema, response: versionDiffSchema }),
  restoreVersion: endpoint({ method: "POST", path: "/api/maps/:mapId/versions/:versionId/restore", summary: "Bring a version back; the result is saved as a new version", access: { kind: "map", role: "editor" }, params: versionParamsSchema, response: versionSchema, status: 201 }),
  listShareLinks: endpoint({ method: "GET", path: "/api/maps/:mapId/share-links", summary: "The map's live share links", access: { kind: "map", role: "editor" }, params: mapParamsSchema, response: z.array(shareLinkSchema) }),
  createShareLink: endpoint({ method: "POST", path: "/api/maps/:mapId/share-links", summary: "A read-only link to the map (token shown once)", access: { kind: "map", role: "editor" }, params: mapParamsSchema, body: createShareLinkBodySchema, response: createdShareLinkSchema, status: 201 }),
  revokeShareLink: endpoint({ method: "DELETE", path: "/api/maps/:mapId/share-links/:linkId", summary: "Revoke a share link", access: { kind: "map", role: "editor" }, params: shareLinkParamsSchema, response: okSchema }),
  openSharedMap: endpoint({ method: "POST", path: "/api/shared/:token", summary: "Read a shared map (password in the body when the link has one)", access: pub, params: sharedTokenParamsSchema, body: openSharedBodySchema, response: sharedMapSchema }),
  exportMap: endpoint({ method: "GET", path: "/api/maps/:mapId/export", summary: "Download the map as a file", access: { kind: "map", role: "viewer" }, params: mapParamsSchema, query: exportQuerySchema }),

  ...BACKLOG_ENDPOINTS,
  ...EVENT_LOG_ENDPOINTS,
  ...LIBRARY_ENDPOINTS,
  ...AUDIT_ENDPOINTS,
  ...ASSET_ENDPOINTS,
  ...NOTIFICATION_ENDPOINTS,
  ...ACCOUNT_ENDPOINTS,
  ...COMMENT_ENDPOINTS,
};

export type Endpoints = typeof ENDPOINTS;
export type EndpointName = keyof Endpoints;
