import { Readable } from "node:stream";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { bindJourney, EventLogError, LogColumnsError, openLogColumns, querySchema, readEventLog, runQuery, writeLogColumns, type EventLog } from "@kaart/analytics";
import { ENDPOINTS, XLSX_MEDIA_TYPE, type EventLogMapping } from "@kaart/contract";
import { setStepBinding, applyPatch, type JourneyDocument } from "@kaart/core";
import { authorizeMap, authorizeWorkspace } from "../auth/authorize";
import { documentCodec } from "../features/document-codec";
import { ApiError, notFound } from "../http/api-error";
import { route } from "../http/route";
import { readMapDocument } from "../maps/map-documents";
import type { ServerContext } from "../server-context";
import { EventLogFiles, newEventLogId, tooLarge } from "./event-log-files";
import { previewEventLog, uploadFormat } from "./event-log-preview";
import { eventLogDb, findEventLog, presentEventLog, storedMapping, type EventLogRow } from "./event-log-table";
import { observedJourney } from "./observed-journey";
import { ParsedLogCache } from "./parsed-log-cache";

export interface EventLogOptions {
  /** Folder of the raw files, normally `<DATA_DIR>/event-logs`. */
  dir: string;
  /** Largest upload, in bytes as sent (compressed for `.xes.gz`). */
  maxBytes?: number;
  /** Events of parsed logs kept in memory across all logs. */
  cacheEvents?: number;
}

export const DEFAULT_EVENT_LOG_MAX_BYTES = 256 * 1024 * 1024;
const PREVIEW_MAX_BYTES = 64 * 1024 * 1024;
const RAW_TYPES = ["application/octet-stream", "application/gzip", "text/csv", "text/tab-separated-values", "application/x-ndjson", "application/xml", "text/xml", XLSX_MEDIA_TYPE, "application/vnd.apache.parquet"];

/** An ingest failure as an API error: one stable code; the engine's code and the position in the issue and message. */
function invalidLog(error: EventLogError): ApiError {
  const { file, line, column } = error.position;
  const where = [file, line, column].filter((p) => p !== undefined).join(":");
  const status = error.code === "file_too_large" || error.code === "decompression_bomb" ? "payload_too_large" : error.code === "unsupported_format" ? "unsupported_format" : "invalid_event_log";
  const at = line === undefined ? "" : column === undefined ? `line ${line}` : `line ${line}, column ${column}`;
  return new ApiError(status, `${where ? `${where}: ` : ""}${error.code}: ${error.message}`, [{ path: at, message: `${error.code}: ${error.message}` }]);
}

async function readingLog<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof EventLogError) throw invalidLog(error);
    throw error;
  }
}

/** The raw body Fastify handed over as a stream (see the content-type parser below), or a 4xx. */
function rawBody(req: FastifyRequest, maxBytes: number): Readable {
  if (!(req.body instanceof Readable)) throw new ApiError("unsupported_media_type", "send the file itself as the body (Content-Type: application/octet-stream)");
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  return req.body;
}

async function bodyBytes(body: Readable, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Event logs of a workspace: preview and upload (raw body, column mapping in the query), list,
 * delete, analytics queries, and binding a map to a log with designed-against-observed figures.
 * Registered as its own plugin so its raw-body content types stay out of the other routes.
 */
export function eventLogRoutes(ctx: ServerContext, opts: EventLogOptions) {
  const { db } = ctx.database;
  const files = new EventLogFiles(opts.dir);
  const maxBytes = opts.maxBytes ?? DEFAULT_EVENT_LOG_MAX_BYTES;
  const cache = new ParsedLogCache(opts.cacheEvents ?? 5_000_000);
  const nowIso = () => ctx.clock.now().toISOString();

  /**
   * A log from memory, else from its stored columns (a 10 M-event log opens in under 0.1 s),
   * else parsed from its raw file (4 s for the same log) — uploads from before columns were
   * stored, or columns found damaged — whose columns are then stored for next time.
   */
  const load = (row: EventLogRow): Promise<EventLog> =>
    cache.get(row.id, async () => {
      try {
        return openLogColumns(files.columnsPath(row.id));
      } catch (error) {
        if (!(error instanceof LogColumnsError)) throw error;
      }
      const log = await readingLog(() => readEventLog(files.path(row.id), { format: uploadFormat(row.name), fileName: row.name, columns: columnsFor(row.name, storedMapping(row)) }));
      storeColumns(row.id, log);
      return log;
    });

  /** Best effort: without stored columns the next load parses the raw file again, nothing worse. */
  const storeColumns = (id: string, log: EventLog) => {
    try {
      writeLogColumns(log, files.columnsPath(id));
    } catch (error) {
      process.emitWarning(`could not store the columns of event log ${id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  async function logOfWorkspace(workspaceId: string, logId: string): Promise<EventLogRow> {
    const row = await findEventLog(db, workspaceId, logId);
    if (!row) throw notFound("event log");
    return row;
  }

  return async (app: FastifyInstance) => {
    app.addContentTypeParser(RAW_TYPES, (_req, payload, done) => done(null, payload));

    route(app, ctx, ENDPOINTS.listEventLogs, async ({ params }, { actor }) => {
      await authorizeWorkspace(db, actor, params.workspaceId, "viewer");
      const rows = await eventLogDb(db).selectFrom("event_logs").selectAll().where("workspace_id", "=", params.workspaceId).orderBy("created_at", "desc").orderBy("id").execute();
      return rows.map(presentEventLog);
    });

    route(app, ctx, ENDPOINTS.previewEventLog, async ({ params, query }, { actor, req }) => {
      await authorizeWorkspace(db, actor, params.workspaceId, "editor");
      const limit = Math.min(maxBytes, PREVIEW_MAX_BYTES);
      const bytes = await bodyBytes(rawBody(req, limit), limit);
      return readingLog(() => previewEventLog(bytes, query.name, query.partial === "true"));
    });

    route(app, ctx, ENDPOINTS.uploadEventLog, async ({ params, query }, { actor, req }) => {
      await authorizeWorkspace(db, actor, params.workspaceId, "editor");
      const format = await readingLog(async () => uploadFormat(query.name));
      const body = rawBody(req, maxBytes);
      const { name, ...mapping } = query;
      const id = newEventLogId();
      const { path, size } = await files.receive(id, body, maxBytes);
      try {
        const log = await readingLog(() => readEventLog(path, { format: uploadFormat(name), fileName: name, columns: columnsFor(name, mapping), limits: { maxBytes } }));
        await files.commit(id);
        storeColumns(id, log);
        const row: EventLogRow = {
          id,
          workspace_id: params.workspaceId,
          name,
          format,
          size_bytes: size,
          events: log.activity.length,
          cases: log.caseStart.length - 1,
          mapping: JSON.stringify(mapping),
          created_by: actor.userId,
          created_at: nowIso(),
        };
        await eventLogDb(db).insertInto("event_logs").values(row).execute();
        // A fresh upload is usually analysed next: keep the log just read instead of reading it again.
        await cache.get(id, async () => log);
        return presentEventLog(row);
      } catch (error) {
        await files.discard(id);
        throw error;
      }
    });

    route(app, ctx, ENDPOINTS.deleteEventLog, async ({ params }, { actor }) => {
      await authorizeWorkspace(db, actor, params.workspaceId, "editor");
      await logOfWorkspace(params.workspaceId, params.logId);
      await eventLogDb(db).deleteFrom("event_logs").where("id", "=", params.logId).execute();
      cache.forget(params.logId);
      await files.discard(params.logId);
      return { ok: true as const };
    });

    route(app, ctx, ENDPOINTS.queryEventLog, async ({ params, body }, { actor }) => {
      await authorizeWorkspace(db, actor, params.workspaceId, "viewer");
      const row = await logOfWorkspace(params.workspaceId, params.logId);
      const parsed = querySchema.safeParse(body);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ path: `body/${i.path.join("/")}`, message: i.message }));
        throw new ApiError("invalid_request", `invalid query: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues);
      }
      const result: object = runQuery(await load(row), parsed.data);
      return Object.fromEntries(Object.entries(result));
    });

    route(app, ctx, ENDPOINTS.bindEventLog, async ({ params, body }, { actor }) => {
      const { map } = await authorizeMap(db, actor, params.mapId, "editor");
      const row = await logOfWorkspace(map.workspace_id, body.logId);
      const log = await load(row);
      const current = await readMapDocument(db, params.mapId);
      for (const stepId of Object.keys(body.bindings ?? {})) {
        if (!current.steps[stepId]) throw new ApiError("invalid_request", `step ${stepId} is not in this map`, [{ path: `body/bindings/${stepId}`, message: "no such step" }]);
      }
      let report: { bindings: ReturnType<typeof bindJourney>["bindings"]; metrics: ReturnType<typeof bindJourney>["metrics"] } = { bindings: [], metrics: [] };
      await ctx.documents.change(params.mapId, (ydoc) => {
        const ctxOp = { now: nowIso(), source: `event log ${row.name}` };
        const doc = withBindings(documentCodec.read(ydoc), body.bindings ?? {}, ctxOp);
        const bound = bindJourney(doc, log, ctxOp);
        documentCodec.write(bound.document, ydoc);
        report = { bindings: bound.bindings, metrics: bound.metrics };
      });
      return report;
    });

    route(app, ctx, ENDPOINTS.observedJourney, async ({ params, query }, { actor }) => {
      const { map } = await authorizeMap(db, actor, params.mapId, "viewer");
      const row = await logOfWorkspace(map.workspace_id, query.logId);
      return observedJourney(await readMapDocument(db, params.mapId), await load(row));
    });
  };
}

/** The engine's column names for a tabular log; XES keys are fixed by the standard. */
function columnsFor(name: string, mapping: EventLogMapping): { case: string; activity: string; timestamp: string } | undefined {
  if (uploadFormat(name) === "xes") return undefined;
  return { case: mapping.case, activity: mapping.activity, timestamp: mapping.timestamp };
}

/** Applies bindings chosen by the user before the rest are suggested. */
function withBindings(doc: JourneyDocument, bindings: Record<string, string[]>, ctx: { now: string }): JourneyDocument {
  let out = doc;
  for (const [stepId, activities] of Object.entries(bindings)) {
    const r = setStepBinding(out, { stepId, binding: { activities, patterns: [] } }, ctx);
    if (!r.ok) throw new ApiError("invalid_request", r.error.message);
    out = applyPatch(out, r.patch);
  }
  return out;
}
