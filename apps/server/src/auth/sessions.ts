import type { FastifyReply } from "fastify";
import { CSRF_COOKIE, SESSION_COOKIE } from "@kaart/contract";
import type { Db } from "../storage/open-database";
import { secretToken } from "../server-ids";
import { keyedHash } from "./keyed-hash";

const SESSION_DAYS = 30;

/** Starts a session for `userId`; returns the cookie value (given to the browser only) and its CSRF token. */
export async function createSession(db: Db, secret: string, userId: string, now: Date): Promise<{ token: string; csrfToken: string }> {
  const token = secretToken();
  const csrfToken = secretToken();
  const expires = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await db
    .insertInto("sessions")
    .values({ id_hash: keyedHash(secret, token), user_id: userId, csrf_token: csrfToken, created_at: now.toISOString(), expires_at: expires.toISOString() })
    .execute();
  return { token, csrfToken };
}

/** Sets the session cookie (HttpOnly, SameSite=Lax, Secure behind https) and the readable CSRF cookie. */
export function setSessionCookies(reply: FastifyReply, session: { token: string; csrfToken: string }, secure: boolean): void {
  const base = { path: "/", sameSite: "lax" as const, secure, maxAge: SESSION_DAYS * 86_400 };
  reply.setCookie(SESSION_COOKIE, session.token, { ...base, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...base, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: "/", sameSite: "lax", secure, httpOnly: true });
  reply.clearCookie(CSRF_COOKIE, { path: "/", sameSite: "lax", secure });
}
