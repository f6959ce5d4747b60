import type { z } from "zod";
import type { Role } from "./workspace-schemas";

/**
 * Who may call an endpoint. `workspace`/`map` name the least role needed in the workspace that
 * holds the resource; everybody else (signed out, other workspaces) gets `not_found`, so an id
 * never reveals that something exists.
 */
export type Access =
  | { kind: "public" }
  | { kind: "user" }
  | { kind: "admin" }
  | { kind: "workspace"; role: Role }
  | { kind: "map"; role: Role };

export interface Endpoint {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Fastify-style path: `:name` segments are filled from `params`. */
  path: string;
  summary: string;
  access: Access;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Absent when the answer is not JSON (exports). */
  response?: z.ZodType;
  /** Status of a successful answer; 200 unless stated. */
  status?: number;
}

/** Declares an endpoint, keeping its literal types for the client. */
export function endpoint<const E extends Endpoint>(e: E): E {
  return e;
}
