/**
 * Sessions and CSRF. A browser session is the HttpOnly cookie `kaart_session`. Every request that
 * changes something (any method but GET, HEAD, OPTIONS) and is authenticated by that cookie must
 * carry the header `x-kaart-csrf` with the session's CSRF token — from the `csrfToken` field of
 * sign-up, log-in and `GET /api/auth/session`, also readable from the `kaart_csrf` cookie. A page on
 * another site can make the browser send the cookie but can neither read the token nor set the
 * header without a CORS pre-flight the server never grants. Requests authenticated by
 * `Authorization: Bearer <api token>` need no CSRF header: a browser never adds that header itself.
 */
export const SESSION_COOKIE = "kaart_session";
export const CSRF_COOKIE = "kaart_csrf";
export const CSRF_HEADER = "x-kaart-csrf";
