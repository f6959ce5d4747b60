import { SESSION_COOKIE } from "@kaart/contract";
import type { Db } from "../storage/open-database";
import { keyedHash } from "./keyed-hash";

/** Who is calling, and how they proved it. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  isAdmin: boolean;
  via: "session" | "token";
  /** Set for session callers: the stored hash (to end it) and the CSRF token it must echo. */
  sessionHash?: string;
  csrfToken?: string;
  /** Set for API-token callers, so revoking the token can close what it opened. */
  tokenId?: string;
}

function bearerToken(req: { headers: Record<string, string | string[] | undefined> }): string | undefined {
  const h = req.headers.authorization;
  const m = typeof h === "string" ? /^Bearer ([A-Za-z0-9_.~-]{20,200})$/.exec(h) : null;
  return m?.[1];
}

/**
 * Finds the caller from `Authorization: Bearer` (an API token) or the session cookie. A request
 * carrying a bad token or cookie is treated as anonymous; routes that need a user then refuse it.
 * Works on plain Node requests too, so the collaboration socket authenticates the same way.
 */
export async function resolveActor(
  db: Db,
  secret: string,
  nowIso: string,
  req: { headers: Record<string, string | string[] | undefined>; cookies?: Record<string, string | undefined> },
): Promise<Actor | null> {
  const bearer = bearerToken(req);
  if (bearer) {
    const row = await db
      .selectFrom("api_tokens")
      .innerJoin("users", "users.id", "api_tokens.user_id")
      .select(["users.id", "users.email", "users.name", "users.is_admin", "api_tokens.id as token_id"])
      .where("api_tokens.token_hash", "=", keyedHash(secret, bearer))
      .where("api_tokens.revoked_at", "is", null)
      .executeTakeFirst();
    if (!row) return null;
    await db.updateTable("api_tokens").set({ last_used_at: nowIso }).where("id", "=", row.token_id).execute();
    return { userId: row.id, email: row.email, name: row.name, isAdmin: row.is_admin === 1, via: "token", tokenId: row.token_id };
  }
  const cookie = req.cookies?.[SESSION_COOKIE];
  if (!cookie) return null;
  const idHash = keyedHash(secret, cookie);
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select(["users.id", "users.email", "users.name", "users.is_admin", "sessions.csrf_token"])
    .where("sessions.id_hash", "=", idHash)
    .where("sessions.expires_at", ">", nowIso)
    .executeTakeFirst();
  if (!row) return null;
  return { userId: row.id, email: row.email, name: row.name, isAdmin: row.is_admin === 1, via: "session", sessionHash: idHash, csrfToken: row.csrf_token };
}

