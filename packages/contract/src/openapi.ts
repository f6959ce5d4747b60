import { z } from "zod";
import type { Endpoint } from "./endpoint";
import { ENDPOINTS } from "./endpoints";
import { errorBodySchema } from "./error-body";
import { ERROR_CODES } from "./error-codes";

function jsonSchema(schema: z.ZodType, io: "input" | "output"): unknown {
  return z.toJSONSchema(schema, { io, unrepresentable: "any", target: "openapi-3.0" });
}

function parameters(e: Endpoint): unknown[] {
  const out: unknown[] = [];
  for (const [where, schema] of [["path", e.params], ["query", e.query]] as const) {
    if (!(schema instanceof z.ZodObject)) continue;
    for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      out.push({ name, in: where, required: where === "path" || !field.safeParse(undefined).success, schema: jsonSchema(field, "input") });
    }
  }
  return out;
}

function operation(name: string, e: Endpoint): unknown {
  const ok = e.response
    ? { description: "OK", content: { "application/json": { schema: jsonSchema(e.response, "output") } } }
    : { description: "The file", content: { "application/octet-stream": {} } };
  return {
    operationId: name,
    summary: e.summary,
    "x-kaart-access": e.access,
    parameters: parameters(e),
    ...(e.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(e.body, "input") } } } } : {}),
    responses: { [String(e.status ?? 200)]: ok, default: { description: "An error; see ERROR_CODES", content: { "application/json": { schema: jsonSchema(errorBodySchema, "output") } } } },
  };
}

/**
 * The OpenAPI 3 document of the API, made from `ENDPOINTS` and their zod schemas.
 *
 * @example
 * const doc = openApiDocument(); // serve it at /api/openapi.json
 */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, e] of Object.entries(ENDPOINTS)) {
    const path = e.path.replace(/:([A-Za-z]+)/g, "{$1}");
    (paths[path] ??= {})[e.method.toLowerCase()] = operation(name, e);
  }
  return {
    openapi: "3.0.3",
    info: { title: "Kaart API", version: "1", description: "Errors: " + Object.entries(ERROR_CODES).map(([c, s]) => `${c} (${s})`).join(", ") },
    components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "kaart_session" }, token: { type: "http", scheme: "bearer" } } },
    paths,
  };
}
