import { CSRF_HEADER, SESSION_COOKIE } from "@kaart/contract";
import type { Caller, Reply } from "./test-server";

/** A browser-like multipart upload of one file (field `file` unless given), with the caller's cookie and CSRF token. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert response bodies field by field
export async function uploadFile(caller: Caller, path: string, bytes: Uint8Array, name: string, opts: { field?: string; type?: string } = {}): Promise<Reply<any>> {
  const form = new FormData();
  form.append(opts.field ?? "file", new Blob([bytes], { type: opts.type ?? "application/octet-stream" }), name);
  const headers: Record<string, string> = {};
  if (caller.cookie) headers.cookie = `${SESSION_COOKIE}=${caller.cookie}`;
  if (caller.csrf) headers[CSRF_HEADER] = caller.csrf;
  if (caller.token) headers.authorization = `Bearer ${caller.token}`;
  const res = await fetch(caller.baseUrl + path, { method: "POST", headers, body: form });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body, headers: res.headers };
}

/** The smallest valid PNG (1×1, transparent). */
export const TINY_PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"));
