import { createHmac } from "node:crypto";

/**
 * What the database stores for a session cookie, API token or link token: HMAC-SHA256 under the
 * instance secret. A leaked database holds no usable token, and without the secret no hash can be
 * made to match.
 */
export function keyedHash(secret: string, token: string): string {
  return createHmac("sha256", secret).update(token).digest("base64url");
}
