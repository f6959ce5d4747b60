import type { FastifyReply, FastifyRequest } from "fastify";

/**
 * An answer already serialised: JSON bytes and a strong ETag naming them. Routes return it when
 * the bytes are cached (a map's document), so a read costs no serialisation; `T` is the shape the
 * bytes hold, so a route can only return bytes of its own response type.
 */
export class JsonBytes<T> {
  declare readonly shape?: T;
  constructor(
    readonly bytes: Buffer,
    /** Quoted, e.g. `"abc"`; must change whenever the bytes do. */
    readonly etag: string,
  ) {}
}

/** If-None-Match matches when it lists the ETag (weak comparison, RFC 9110 §13.1.2) or is `*`. */
function alreadyHeld(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((t) => {
    const tag = t.trim();
    return tag === "*" || tag.replace(/^W\//, "") === etag;
  });
}

/**
 * Sends the bytes, or 304 with no body when the caller already holds them. Only ever called
 * after authorization, so a 304 reveals nothing a 200 would not. `private, no-cache`: a browser
 * may keep the answer but must ask again each time, and shared caches must not keep it.
 */
export async function sendJsonBytes(req: FastifyRequest, reply: FastifyReply, body: JsonBytes<unknown>, status: number): Promise<FastifyReply> {
  reply.header("etag", body.etag).header("cache-control", "private, no-cache");
  if (status === 200 && alreadyHeld(req.headers["if-none-match"], body.etag)) return reply.status(304).send();
  return reply.status(status).type("application/json; charset=utf-8").send(body.bytes);
}
