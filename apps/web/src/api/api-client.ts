import { createClient, CSRF_COOKIE, type KaartClient } from "@kaart/contract";

/** The CSRF token the server set as a readable cookie; sent back in a header on every write. */
export function csrfFromCookie(): string | undefined {
  const match = document.cookie.split("; ").find((c) => c.startsWith(`${CSRF_COOKIE}=`));
  return match ? decodeURIComponent(match.slice(CSRF_COOKIE.length + 1)) : undefined;
}

/** The typed API client of this page: same origin, the session cookie travels with each call. */
export const api: KaartClient = createClient({
  baseUrl: window.location.origin,
  fetch: (url, init) => window.fetch(url, init),
  csrfToken: csrfFromCookie,
});
