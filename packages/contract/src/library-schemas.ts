import { z } from "zod";
import { personaSchema, touchpointSchema } from "@kaart/core";
import { endpoint } from "./endpoint";
import { okSchema } from "./auth-schemas";
import { mapParamsSchema } from "./map-schemas";
import { mapIdSchema, serverIdSchema } from "./text-fields";
import { workspaceIdSchema } from "./workspace-schemas";

/**
 * The workspace library: personas and touchpoints kept once per workspace and copied into the maps
 * that use them. A copy carries `workspacePersonaId` / `workspaceTouchpointId`, so changing the
 * library entry changes every copy, and a map file stays self-contained.
 */
export const workspacePersonaIdSchema = serverIdSchema("wpe");
export const workspaceTouchpointIdSchema = serverIdSchema("wtp");

/** A persona's fields as a map holds them, without the map-local id and the link. */
export const personaFieldsSchema = personaSchema.omit({ id: true, workspacePersonaId: true });
/** A touchpoint's fields; `online` defaults from the channel (a store is offline, an app online). */
export const touchpointFieldsSchema = touchpointSchema.omit({ id: true, workspaceTouchpointId: true }).extend({ online: z.boolean().optional() });

const usedBySchema = z.array(z.strictObject({ mapId: mapIdSchema, title: z.string() })).describe("maps holding a copy");

export const workspacePersonaSchema = z.strictObject({
  id: workspacePersonaIdSchema,
  persona: personaFieldsSchema,
  usedBy: usedBySchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WorkspacePersona = z.infer<typeof workspacePersonaSchema>;
export const workspaceTouchpointSchema = z.strictObject({
  id: workspaceTouchpointIdSchema,
  touchpoint: touchpointSchema.omit({ id: true, workspaceTouchpointId: true }),
  usedBy: usedBySchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WorkspaceTouchpoint = z.infer<typeof workspaceTouchpointSchema>;

export const workspacePersonaParamsSchema = z.strictObject({ workspaceId: workspaceIdSchema, workspacePersonaId: workspacePersonaIdSchema });
export const workspaceTouchpointParamsSchema = z.strictObject({ workspaceId: workspaceIdSchema, workspaceTouchpointId: workspaceTouchpointIdSchema });
/** Deleting an entry that maps use needs `force=true`; the copies then stay in the maps, unlinked. */
export const libraryDeleteQuerySchema = z.strictObject({ force: z.enum(["true", "false"]).default("false").transform((v) => v === "true") });
export const attachPersonaBodySchema = z.strictObject({ workspacePersonaId: workspacePersonaIdSchema });
export const attachTouchpointBodySchema = z.strictObject({ workspaceTouchpointId: workspaceTouchpointIdSchema });
/** The map-local id of the copy the map now holds. */
export const attachedPersonaSchema = z.strictObject({ personaId: z.string() });
export const attachedTouchpointSchema = z.strictObject({ touchpointId: z.string() });

const wsParams = z.strictObject({ workspaceId: workspaceIdSchema });
const viewer = { kind: "workspace", role: "viewer" } as const;
const editor = { kind: "workspace", role: "editor" } as const;

/** The workspace library endpoints, merged into `ENDPOINTS`. */
export const LIBRARY_ENDPOINTS = {
  listWorkspacePersonas: endpoint({ method: "GET", path: "/api/workspaces/:workspaceId/personas", summary: "The workspace's shared personas and the maps using each", access: viewer, params: wsParams, response: z.array(workspacePersonaSchema) }),
  createWorkspacePersona: endpoint({ method: "POST", path: "/api/workspaces/:workspaceId/personas", summary: "Add a shared persona", access: editor, params: wsParams, body: personaFieldsSchema, response: workspacePersonaSchema, status: 201 }),
  updateWorkspacePersona: endpoint({ method: "PUT", path: "/api/workspaces/:workspaceId/personas/:workspacePersonaId", summary: "Replace a shared persona; every map's copy changes with it", access: editor, params: workspacePersonaParamsSchema, body: personaFieldsSchema, response: workspacePersonaSchema }),
  deleteWorkspacePersona: endpoint({ method: "DELETE", path: "/api/workspaces/:workspaceId/personas/:workspacePersonaId", summary: "Delete a shared persona (in_use unless force=true when maps use it)", access: editor, params: workspacePersonaParamsSchema, query: libraryDeleteQuerySchema, response: okSchema }),
  attachWorkspacePersona: endpoint({ method: "POST", path: "/api/maps/:mapId/workspace-personas", summary: "Put a copy of a shared persona into a map", access: { kind: "map", role: "editor" }, params: mapParamsSchema, body: attachPersonaBodySchema, response: attachedPersonaSchema, status: 201 }),

  listWorkspaceTouchpoints: endpoint({ method: "GET", path: "/api/workspaces/:workspaceId/touchpoints", summary: "The workspace's shared touchpoints and the maps using each", access: viewer, params: wsParams, response: z.array(workspaceTouchpointSchema) }),
  createWorkspaceTouchpoint: endpoint({ method: "POST", path: "/api/workspaces/:workspaceId/touchpoints", summary: "Add a shared touchpoint", access: editor, params: wsParams, body: touchpointFieldsSchema, response: workspaceTouchpointSchema, status: 201 }),
  updateWorkspaceTouchpoint: endpoint({ method: "PUT", path: "/api/workspaces/:workspaceId/touchpoints/:workspaceTouchpointId", summary: "Replace a shared touchpoint; every map's copy changes with it", access: editor, params: workspaceTouchpointParamsSchema, body: touchpointFieldsSchema, response: workspaceTouchpointSchema }),
  deleteWorkspaceTouchpoint: endpoint({ method: "DELETE", path: "/api/workspaces/:workspaceId/touchpoints/:workspaceTouchpointId", summary: "Delete a shared touchpoint (in_use unless force=true when maps use it)", access: editor, params: workspaceTouchpointParamsSchema, query: libraryDeleteQuerySchema, response: okSchema }),
  attachWorkspaceTouchpoint: endpoint({ method: "POST", path: "/api/maps/:mapId/workspace-touchpoints", summary: "Put a copy of a shared touchpoint into a map", access: { kind: "map", role: "editor" }, params: mapParamsSchema, body: attachTouchpointBodySchema, response: attachedTouchpointSchema, status: 201 }),
};
