import type { z } from "zod";
import type { Endpoint } from "./endpoint";
import { ENDPOINTS, type Endpoints } from "./endpoints";
import { errorBodySchema } from "./error-body";
import type { ErrorCode } from "./error-codes";
import { CSRF_HEADER } from "./csrf";

type Input<S> = S extends z.ZodType ? z.input<S> : never;
type Output<S> = S extends z.ZodType ? z.output<S> : ResponseLike;

/** The part of a fetch `Response` the client reads; the package compiles without DOM types. */
export interface ResponseLike {
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}
/** The global `fetch` (browsers, Node ≥ 18) or anything shaped like it. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; credentials?: "include" },
) => Promise<ResponseLike>;
type Args<E extends Endpoint> = ("params" extends keyof E ? { params: Input<E["params"]> } : object) &
  ("query" extends keyof E ? { query?: Input<E["query"]> } : object) &
  ("body" extends keyof E ? { body: Input<E["body"]> } : object);

/** One method per endpoint; endpoints without a JSON answer (exports) resolve to the raw Response. */
export type KaartClient = {
  [K in keyof Endpoints]: (args: Args<Endpoints[K]>) => Promise<Output<Endpoints[K]["response" & keyof Endpoints[K]]>>;
};

/** A failed call: `code` is one of `ERROR_CODES`; switch on it, show `message`. */
export class KaartApiError extends Error {
  override readonly name = "KaartApiError";
  constructor(readonly status: number, readonly code: ErrorCode, message: string) {
    super(message);
  }
}

export interface ClientOptions {
  baseUrl: string;
  fetch: FetchLike;
  /** An API token; or leave it out in a browser and let the session cookie travel. */
  token?: string;
  /** The session's CSRF token, for cookie-authenticated writes. */
  csrfToken?: () => string | undefined;
}

function fillPath(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(params?.[name] ?? ""));
}

/**
 * A typed client for the Kaart API: method names are the keys of `ENDPOINTS`.
 *
 * @example
 * const api = createClient({ baseUrl: "http://127.0.0.1:4321", fetch, token });
 * const maps = await api.listMaps({ params: { workspaceId } });
 */
export function createClient(options: ClientOptions): KaartClient {
  const call = async (e: Endpoint, args: { params?: Record<string, string>; query?: Record<string, string>; body?: unknown }) => {
    const query = Object.entries(args.query ?? {}).filter(([, v]) => v !== undefined);
    const search = query.length ? "?" + query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join("&") : "";
    const url = options.baseUrl.replace(/\/$/, "") + fillPath(e.path, args.params) + search;
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const csrf = options.csrfToken?.();
    if (csrf && e.method !== "GET") headers[CSRF_HEADER] = csrf;
    if (args.body !== undefined) headers["content-type"] = "application/json";
    const res = await options.fetch(url, { method: e.method, headers, body: args.body === undefined ? undefined : JSON.stringify(args.body), credentials: "include" });
    if (!res.ok) {
      const parsed = errorBodySchema.safeParse(await res.json().catch(() => undefined));
      if (parsed.success) throw new KaartApiError(res.status, parsed.data.error.code, parsed.data.error.message);
      throw new KaartApiError(res.status, "internal_error", `HTTP ${res.status}`);
    }
    return e.response ? e.response.parse(await res.json()) : res;
  };
  const methods: Record<string, (args: object) => Promise<unknown>> = {};
  for (const [name, e] of Object.entries(ENDPOINTS)) methods[name] = (args) => call(e, args);
  return methods as KaartClient;
}
