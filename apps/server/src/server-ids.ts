import { randomBytes } from "node:crypto";

/** An id for a server record (`u_…`, `ws_…`): 22 URL-safe characters, 132 random bits. */
export function serverId(prefix: "u" | "ws" | "tok" | "inv" | "wpe" | "wtp" | "ver" | "shr" | "ast" | "cth" | "cms"): string {
  return `${prefix}_${randomBytes(17).toString("base64url").slice(0, 22)}`;
}

/** A secret for a cookie, link or API token: 256 random bits, URL-safe. */
export function secretToken(): string {
  return randomBytes(32).toString("base64url");
}
