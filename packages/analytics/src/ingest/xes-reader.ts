import { SaxesParser } from "saxes";
import type { EventLogBuilder } from "../log/event-log-builder";
import type { ColumnMapping } from "./column-mapping";
import { EventLogError } from "./event-log-error";
import type { TimeParser } from "./timestamp";

// Scalar attribute elements; `list` and `container` hold nested attributes, which are not read.
const ATTRIBUTE_TAGS = new Set(["string", "date", "int", "float", "boolean", "id"]);

interface PendingEvent {
  attributes: Map<string, string>;
  line: number;
  column: number;
}

/**
 * Streams XES into `builder` with a SAX parser: only the current trace is held in memory.
 * DOCTYPE declarations are refused (no DTD, no custom entities: no billion-laughs). Only
 * attributes that are direct children of `<trace>` or `<event>` count; trace attributes are
 * copied to every event as `case:<key>`. Every event counts, whatever its lifecycle transition.
 */
export async function readXes(chunks: AsyncIterable<string>, mapping: ColumnMapping, builder: EventLogBuilder, parseTime: TimeParser): Promise<void> {
  const parser = new SaxesParser({ position: true });
  const stack: string[] = [];
  let trace: Map<string, string> | undefined;
  let traceAt = { line: 0, column: 0 };
  let events: PendingEvent[] = [];
  let event: PendingEvent | undefined;
  const where = () => ({ line: parser.line, column: parser.column + 1 });

  parser.on("error", (e) => {
    throw new EventLogError("malformed_xml", e.message.replace(/^(?:\S*:)?\d+:\d+: /, ""), where());
  });
  parser.on("doctype", () => {
    throw new EventLogError("dtd_refused", "XES with a DOCTYPE is refused (DTDs and entities are not read)", where());
  });
  parser.on("opentag", (node) => {
    const parent = stack[stack.length - 1];
    const parentDepth = stack.length;
    stack.push(node.name);
    if (node.name === "trace" && parent === "log" && parentDepth === 1) {
      trace = new Map();
      traceAt = where();
      events = [];
    } else if (node.name === "event" && parent === "trace" && trace) {
      event = { attributes: new Map(), ...where() };
    } else if (ATTRIBUTE_TAGS.has(node.name) && typeof node.attributes.key === "string") {
      const value = typeof node.attributes.value === "string" ? node.attributes.value : "";
      if (parent === "event" && event && stack.length === 4) event.attributes.set(node.attributes.key, value);
      else if (parent === "trace" && trace && stack.length === 3) trace.set(node.attributes.key, value);
    }
  });
  parser.on("closetag", (node) => {
    stack.pop();
    if (node.name === "event" && event && stack.length === 2) {
      events.push(event);
      event = undefined;
    } else if (node.name === "trace" && trace && stack.length === 1) {
      flushTrace(trace, traceAt, events, mapping, builder, parseTime);
      trace = undefined;
      events = [];
    }
  });

  // Errors of the source (a truncated gzip, a bomb) carry the position the parser had reached.
  try {
    for await (const chunk of chunks) parser.write(chunk);
    parser.close();
  } catch (error) {
    throw positioned(error, where());
  }
}

function flushTrace(
  trace: Map<string, string>,
  at: { line: number; column: number },
  events: PendingEvent[],
  mapping: ColumnMapping,
  builder: EventLogBuilder,
  parseTime: TimeParser,
): void {
  const caseId = trace.get(mapping.case);
  if (caseId === undefined) throw new EventLogError("missing_case", `trace has no "${mapping.case}" attribute`, at);
  const caseAttributes = [...trace].filter(([k]) => k !== mapping.case).map(([k, v]) => [`case:${k}`, v] as const);
  for (const e of events) {
    const activity = e.attributes.get(mapping.activity);
    if (activity === undefined) throw new EventLogError("missing_activity", `event has no "${mapping.activity}" attribute`, positionOf(e));
    const stamp = e.attributes.get(mapping.timestamp);
    if (stamp === undefined) throw new EventLogError("missing_timestamp", `event has no "${mapping.timestamp}" attribute`, positionOf(e));
    const time = parseTime(stamp);
    if (Number.isNaN(time)) throw new EventLogError("bad_timestamp", `cannot parse timestamp "${stamp}"`, positionOf(e));
    e.attributes.delete(mapping.activity);
    e.attributes.delete(mapping.timestamp);
    builder.add(caseId, activity, time, [...e.attributes, ...caseAttributes]);
  }
}

function positionOf(e: PendingEvent): { line: number; column: number } {
  return { line: e.line, column: e.column };
}

function positioned(error: unknown, at: { line: number; column: number }): unknown {
  return error instanceof EventLogError ? error.at(at) : error;
}
