import { CSRF_COOKIE, CSRF_HEADER, eventLogPreviewSchema, eventLogSchema, type EventLogMapping, type EventLogPreview, type EventLogSummary } from "@kaart/contract";

/** Bytes sent for a preview of a delimited or JSON Lines log: enough for the header and the first rows. */
const PREVIEW_HEAD_BYTES = 256 * 1024;

function csrfToken(): string {
  const match = document.cookie.split("; ").find((c) => c.startsWith(`${CSRF_COOKIE}=`));
  return match ? decodeURIComponent(match.slice(CSRF_COOKIE.length + 1)) : "";
}

/** A failed call's server message, or the status when the body says nothing. */
async function failure(res: Response): Promise<Error> {
  const body: unknown = await res.json().catch(() => undefined);
  const message = body && typeof body === "object" && "error" in body && body.error && typeof body.error === "object" && "message" in body.error ? String(body.error.message) : `HTTP ${res.status}`;
  return new Error(message);
}

/**
 * Columns, suggested mapping and first rows. XES is sent whole (its keys are read from the whole
 * file), and so are Parquet and XLSX, which cannot be read from their first bytes.
 */
export async function previewLog(workspaceId: string, file: File): Promise<EventLogPreview> {
  const whole = /\.(xes|xes\.gz|xml|parquet|xlsx)$/i.test(file.name) || file.size <= PREVIEW_HEAD_BYTES;
  const body = whole ? file : file.slice(0, PREVIEW_HEAD_BYTES);
  const query = new URLSearchParams({ name: file.name, partial: whole ? "false" : "true" });
  const res = await fetch(`/api/workspaces/${encodeURIComponent(workspaceId)}/event-logs/preview?${query}`, {
    method: "POST",
    headers: { "content-type": "application/octet-stream", [CSRF_HEADER]: csrfToken() },
    body,
  });
  if (!res.ok) throw await failure(res);
  return eventLogPreviewSchema.parse(await res.json());
}

/**
 * Uploads with XMLHttpRequest, whose upload events report progress (fetch has none for request
 * bodies). `onProgress` gets the share sent, 0–1.
 */
export function uploadLog(workspaceId: string, file: File, mapping: EventLogMapping, onProgress: (share: number) => void): Promise<EventLogSummary> {
  const query = new URLSearchParams({ name: file.name });
  for (const [role, column] of Object.entries(mapping)) if (column) query.set(role, column);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/workspaces/${encodeURIComponent(workspaceId)}/event-logs?${query}`);
    xhr.setRequestHeader("content-type", "application/octet-stream");
    xhr.setRequestHeader(CSRF_HEADER, csrfToken());
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      const body: unknown = JSON.parse(xhr.responseText || "null");
      if (xhr.status === 201) resolve(eventLogSchema.parse(body));
      else reject(new Error(body && typeof body === "object" && "error" in body && body.error && typeof body.error === "object" && "message" in body.error ? String(body.error.message) : `HTTP ${xhr.status}`));
    };
    xhr.onerror = () => reject(new Error("network error"));
    xhr.send(file);
  });
}
