import { z } from "zod";
import { endpoint } from "./endpoint";
import { serverIdSchema } from "./text-fields";
import { workspaceIdSchema, workspaceParamsSchema } from "./workspace-schemas";

/**
 * Image types an upload may be, decided from the file's first bytes (never from its name or the
 * type the browser claims). SVG is refused: it can carry script.
 */
export const ASSET_CONTENT_TYPES = ["image/png", "image/jpeg", "image/webp", "image/gif"] as const;
/** Largest upload, in bytes. */
export const ASSET_MAX_BYTES = 5 * 1024 * 1024;
/** The multipart field holding the file. */
export const ASSET_FIELD = "file";

export const assetIdSchema = serverIdSchema("ast");
export const assetSchema = z.strictObject({
  id: assetIdSchema,
  workspaceId: workspaceIdSchema,
  name: z.string(),
  contentType: z.enum(ASSET_CONTENT_TYPES),
  size: z.number().int().min(1),
  /** Where the bytes are served; maps refer to the asset by `id` (persona photos, image cells). */
  url: z.string(),
  createdAt: z.string(),
});
export type Asset = z.infer<typeof assetSchema>;
export const assetParamsSchema = z.strictObject({ assetId: assetIdSchema });

/** The asset endpoints, merged into `ENDPOINTS`. */
export const ASSET_ENDPOINTS = {
  uploadAsset: endpoint({
    method: "POST",
    path: "/api/workspaces/:workspaceId/assets",
    summary: `Upload an image (multipart/form-data, field "${ASSET_FIELD}"; PNG, JPEG, WebP or GIF; at most 5 MiB)`,
    access: { kind: "workspace", role: "editor" },
    params: workspaceParamsSchema,
    response: assetSchema,
    status: 201,
  }),
  listAssets: endpoint({ method: "GET", path: "/api/workspaces/:workspaceId/assets", summary: "Images uploaded to the workspace, newest first", access: { kind: "workspace", role: "viewer" }, params: workspaceParamsSchema, response: z.array(assetSchema) }),
  getAsset: endpoint({ method: "GET", path: "/api/assets/:assetId", summary: "The image's bytes, for members of its workspace", access: { kind: "workspace", role: "viewer" }, params: assetParamsSchema }),
};
