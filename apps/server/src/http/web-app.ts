import { existsSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import fastifyStatic from "@fastify/static";

/**
 * Serves the built web app from `dist` when it exists. Unknown paths outside `/api` and `/collab`
 * get `index.html` so client-side routes survive a reload; API paths keep their JSON 404.
 */
export async function serveWebApp(app: FastifyInstance, dist: string): Promise<boolean> {
  if (!existsSync(join(dist, "index.html"))) return false;
  await app.register(fastifyStatic, { root: dist, wildcard: false, index: ["index.html"] });
  app.setNotFoundHandler((req, reply) => {
    if (req.method !== "GET" || req.url.startsWith("/api") || req.url.startsWith("/collab")) {
      return reply.status(404).send({ error: { code: "not_found", message: `no route ${req.method} ${req.url.split("?")[0]}` } });
    }
    return reply.type("text/html").sendFile("index.html");
  });
  return true;
}
