import type { FastifyInstance, FastifyRequest } from "fastify";
import fastifyMultipart from "@fastify/multipart";
import { ASSET_FIELD, ASSET_MAX_BYTES, assetSchema, ENDPOINTS, type Asset } from "@kaart/contract";
import { AssetFiles } from "../assets/asset-files";
import { EXTENSIONS, sniffImage } from "../assets/sniff-image";
import { authorizeWorkspace } from "../auth/authorize";
import { ApiError, notFound } from "../http/api-error";
import { route } from "../http/route";
import type { ServerContext } from "../server-context";
import { serverId } from "../server-ids";
import type { Tables } from "../storage/tables";
import { contentDisposition } from "./map-export-route";

export interface AssetOptions {
  dir: string;
  maxBytes?: number;
}

/** An uploaded image's bytes are shown, never run: nothing may load from or be scripted by it. */
const ASSET_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

function present(row: Tables["assets"]): Asset {
  const contentType = assetSchema.shape.contentType.parse(row.content_type);
  return { id: row.id, workspaceId: row.workspace_id, name: row.name, contentType, size: row.size, url: `/api/assets/${row.id}`, createdAt: row.created_at };
}

/** Reads the one file part, refusing what is not multipart, has no file, or is too large. */
async function uploadedFile(req: FastifyRequest, maxBytes: number): Promise<{ name: string; bytes: Buffer }> {
  if (!req.isMultipart()) throw new ApiError("unsupported_media_type", `send multipart/form-data with the image in the "${ASSET_FIELD}" field`);
  const part = await req.file({ limits: { fileSize: maxBytes, files: 1, fields: 0 } });
  if (!part || part.fieldname !== ASSET_FIELD) throw new ApiError("invalid_request", `the image goes in the "${ASSET_FIELD}" field`);
  const bytes = await part.toBuffer().catch((e: unknown) => {
    if (e instanceof Error && "code" in e && e.code === "FST_REQ_FILE_TOO_LARGE") throw new ApiError("payload_too_large", `images are at most ${maxBytes} bytes`);
    throw e;
  });
  // Depending on the limits in force the stream may end truncated instead of throwing.
  if (part.file.truncated || bytes.length > maxBytes) throw new ApiError("payload_too_large", `images are at most ${maxBytes} bytes`);
  return { name: part.filename.slice(0, 200) || "image", bytes };
}

/**
 * Images for persona photos and image lanes. Uploads are typed from their bytes; downloads carry
 * that type with `nosniff`, an `attachment` disposition and a CSP that lets nothing run, so even
 * a file crafted to look like HTML to some browser stays an inert image. Access goes through the
 * asset's workspace (non-members get 404).
 */
export function assetRoutes(ctx: ServerContext, opts: AssetOptions) {
  const { db } = ctx.database;
  const files = new AssetFiles(opts.dir);
  const maxBytes = opts.maxBytes ?? ASSET_MAX_BYTES;

  return async (app: FastifyInstance) => {
    await app.register(fastifyMultipart, { limits: { fileSize: maxBytes, files: 1, fields: 0 } });
    // Registered in this scope, so it runs after the app-wide headers hook and replaces its CSP.
    app.addHook("onSend", async (req, reply) => {
      if (req.routeOptions.url === ENDPOINTS.getAsset.path) reply.header("content-security-policy", ASSET_CSP);
    });

    route(app, ctx, ENDPOINTS.uploadAsset, async ({ params }, { actor, req }) => {
      await authorizeWorkspace(db, actor, params.workspaceId, "editor");
      const { name, bytes } = await uploadedFile(req, maxBytes);
      const contentType = sniffImage(bytes);
      if (!contentType) throw new ApiError("unsupported_format", "only PNG, JPEG, WebP and GIF images are accepted (SVG is not)");
      const id = serverId("ast");
      await files.write(id, bytes);
      const row = { id, workspace_id: params.workspaceId, name, content_type: contentType, size: bytes.length, created_by: actor.userId, created_at: ctx.clock.now().toISOString() };
      await db.insertInto("assets").values(row).execute();
      return present(row);
    });

    route(app, ctx, ENDPOINTS.listAssets, async ({ params }, { actor }) => {
      await authorizeWorkspace(db, actor, params.workspaceId, "viewer");
      const rows = await db.selectFrom("assets").selectAll().where("workspace_id", "=", params.workspaceId).orderBy("created_at", "desc").orderBy("id").limit(1000).execute();
      return rows.map(present);
    });

    route(app, ctx, ENDPOINTS.getAsset, async ({ params }, { actor, reply }) => {
      const row = await db.selectFrom("assets").selectAll().where("id", "=", params.assetId).executeTakeFirst();
      if (!row) throw notFound("asset");
      await authorizeWorkspace(db, actor, row.workspace_id, "viewer");
      const asset = present(row);
      const bytes = await files.read(row.id);
      reply.header("content-type", asset.contentType);
      reply.header("content-disposition", contentDisposition(asset.name.replace(/\.[A-Za-z0-9]{1,5}$/, ""), EXTENSIONS[asset.contentType]));
      reply.header("cache-control", "private, max-age=3600");
      await reply.status(200).send(bytes);
    });
  };
}
