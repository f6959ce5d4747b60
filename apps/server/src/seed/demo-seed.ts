import { randomBytes } from "node:crypto";
import { emptyDocument, instantiateTemplate, listTemplates, newId, type JourneyDocument } from "@kaart/core";
import { hashPassword } from "../auth/password-hash";
import { insertMap } from "../maps/map-documents";
import { createWorkspace } from "../routes/workspace-routes";
import { serverId } from "../server-ids";
import type { Db } from "../storage/open-database";

export const DEMO_EMAIL = "demo@kaart.local";

/** Prefers an industry example and a service blueprint, so the two maps differ in kind. */
function demoTemplates(): string[] {
  const all = listTemplates("en");
  const picks = [all.find((t) => t.kind === "currentState" && t.industry), all.find((t) => t.kind === "serviceBlueprint")].filter((t) => t !== undefined);
  return [...new Set([...picks, ...all].map((t) => t.id))].slice(0, 2);
}

function demoMap(templateId: string | undefined, nowIso: string): JourneyDocument {
  const r = templateId ? instantiateTemplate(templateId, { lang: "en", now: nowIso }) : undefined;
  return r?.ok ? r.value : emptyDocument({ mapId: newId("map"), title: "Example journey", now: nowIso });
}

/**
 * On the first start (no users yet) creates the instance admin `demo@kaart.local` with a random
 * password, a demo workspace and two example maps from the templates (with their personas), so a
 * newcomer sees something real. Returns the credentials to print, or undefined when users exist.
 */
export async function seedDemo(db: Db, nowIso: string): Promise<{ email: string; password: string } | undefined> {
  const password = randomBytes(12).toString("base64url");
  const hash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    if (await trx.selectFrom("users").select("id").limit(1).executeTakeFirst()) return undefined;
    const userId = serverId("u");
    await trx.insertInto("users").values({ id: userId, email: DEMO_EMAIL, name: "Demo admin", password_hash: hash, is_admin: 1, created_at: nowIso }).execute();
    const workspaceId = await createWorkspace(trx, "Demo workspace", userId, nowIso);
    const templates = demoTemplates();
    for (const id of [templates[0], templates[1]]) await insertMap(trx, { workspaceId, doc: demoMap(id, nowIso), createdBy: userId, nowIso });
    return { email: DEMO_EMAIL, password };
  });
}
