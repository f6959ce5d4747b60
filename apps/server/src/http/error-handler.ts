import type { FastifyError, FastifyInstance } from "fastify";
import type { ErrorBody } from "@kaart/contract";
import { ApiError } from "./api-error";

/** Turns whatever a route or Fastify itself threw into `{"error": {code, message}}`. */
function toApiError(err: FastifyError | Error): ApiError {
  if (err instanceof ApiError) return err;
  const code = "code" in err ? err.code : undefined;
  const status = "statusCode" in err ? err.statusCode : undefined;
  if (code === "FST_ERR_CTP_BODY_TOO_LARGE") return new ApiError("payload_too_large", "the request body is too large");
  if (code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") return new ApiError("unsupported_media_type", "send JSON (Content-Type: application/json)");
  if (code === "FST_ERR_CTP_EMPTY_JSON_BODY" || code === "FST_ERR_CTP_INVALID_JSON_BODY" || (err instanceof SyntaxError && status === 400)) {
    return new ApiError("malformed_json", "the request body is not valid JSON");
  }
  if (code === "FST_ERR_CTP_INVALID_CONTENT_LENGTH") return new ApiError("invalid_request", "the Content-Length does not match the body");
  if (status !== undefined && status >= 400 && status < 500) return new ApiError("invalid_request", err.message);
  return new ApiError("internal_error", "something went wrong on the server");
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const api = toApiError(err);
    if (api.code === "internal_error") req.log.error({ err }, "unhandled error");
    const body: ErrorBody = { error: { code: api.code, message: api.message, ...(api.issues ? { issues: api.issues } : {}) } };
    return reply.status(api.status).type("application/json").send(body);
  });
}

/**
 * Unknown paths: JSON `not_found` under `/api` and `/collab` (and everywhere when no web app is
 * served); otherwise the web app's `index.html`, so client-side routes survive a reload.
 */
export function installNotFound(app: FastifyInstance, webApp: boolean): void {
  app.setNotFoundHandler((req, reply) => {
    if (webApp && req.method === "GET" && !req.url.startsWith("/api") && !req.url.startsWith("/collab")) {
      return reply.type("text/html").sendFile("index.html");
    }
    const body: ErrorBody = { error: { code: "not_found", message: `no route ${req.method} ${req.url.split("?")[0]}` } };
    return reply.status(404).send(body);
  });
}
