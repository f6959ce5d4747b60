import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import { CSRF_HEADER, type Endpoint } from "@kaart/contract";
import { resolveActor, type Actor } from "../auth/actor";
import type { ServerContext } from "../server-context";
import { ApiError } from "./api-error";
import { JsonBytes, sendJsonBytes } from "./json-bytes";

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;
export type RouteInput<E extends Endpoint> = { params: Out<E["params"]>; query: Out<E["query"]>; body: Out<E["body"]> };
type Result<E extends Endpoint> = E["response"] extends z.ZodType ? z.input<E["response"]> : void;
type NeedsUser<E extends Endpoint> = E["access"]["kind"] extends "public" ? Actor | null : Actor;

export interface Call<E extends Endpoint> {
  actor: NeedsUser<E>;
  req: FastifyRequest;
  reply: FastifyReply;
}

function validate<S extends z.ZodType | undefined>(schema: S, value: unknown, where: string): Out<S> {
  if (!schema) return undefined as Out<S>;
  const r = schema.safeParse(value ?? (where === "body" ? undefined : {}));
  if (r.success) return r.data as Out<S>;
  const issues = r.error.issues.map((i) => ({ path: `${where}/${i.path.join("/")}`, message: i.message }));
  throw new ApiError("invalid_request", `invalid ${where}: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues);
}

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** Steps 1 of every route: who is calling, and may a cookie-authenticated caller write. */
async function authenticate(ctx: ServerContext, e: Endpoint, req: FastifyRequest): Promise<Actor | null> {
  const actor = await resolveActor(ctx.database.db, ctx.secret, ctx.clock.now().toISOString(), req);
  if (!actor && e.access.kind !== "public") throw new ApiError("unauthenticated", "sign in first");
  // Public endpoints change nothing of the caller's account, so a session cookie there needs no CSRF token.
  if (actor?.via === "session" && e.method !== "GET" && e.access.kind !== "public" && !sameToken(req.headers[CSRF_HEADER] as string | undefined, actor.csrfToken)) {
    throw new ApiError("csrf_failed", `cookie-authenticated writes need the ${CSRF_HEADER} header (see the contract's csrf notes)`);
  }
  if (e.access.kind === "admin" && !actor?.isAdmin) throw new ApiError("forbidden", "only the instance admin may do this");
  return actor;
}

/**
 * Registers one contract endpoint. The pipeline every route follows: authenticate (and CSRF),
 * validate params, query and body against the contract's schemas, then the handler, which opens
 * its transaction, authorises inside it (workspace and map roles) and presents the answer: a
 * value Fastify serialises, or `JsonBytes` already serialised (sent with its ETag; 304 when held).
 */
export function route<E extends Endpoint>(
  app: FastifyInstance,
  ctx: ServerContext,
  e: E,
  handler: (input: RouteInput<E>, call: Call<E>) => Promise<Result<E> | JsonBytes<Result<E>>>,
  options: { bodyLimit?: number } = {},
): void {
  app.route({
    method: e.method,
    url: e.path,
    bodyLimit: options.bodyLimit,
    handler: async (req, reply) => {
      const actor = await authenticate(ctx, e, req);
      const input = { params: validate(e.params, req.params, "params"), query: validate(e.query, req.query, "query"), body: validate(e.body, req.body, "body") };
      const result = await handler(input as RouteInput<E>, { actor: actor as NeedsUser<E>, req, reply });
      if (reply.sent) return reply;
      if (result instanceof JsonBytes) return sendJsonBytes(req, reply, result, e.status ?? 200);
      return reply.status(e.status ?? 200).send(result);
    },
  });
}
