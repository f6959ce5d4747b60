import { existsSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import fastifyStatic from "@fastify/static";

/** Serves the built web app from `dist` when it has an index.html; returns whether it does. */
export async function serveWebApp(app: FastifyInstance, dist: string): Promise<boolean> {
  if (!existsSync(join(dist, "index.html"))) return false;
  await app.register(fastifyStatic, { root: dist, wildcard: false, index: ["index.html"] });
  return true;
}
