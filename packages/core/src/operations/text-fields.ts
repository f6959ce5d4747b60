import type { TableName } from "../document/tables";

/** How a typed text field is stored: a plain string, or rich text (runs with formatting). */
export type TextFieldKind = "plain" | "rich";

/**
 * The text fields people type into, by table and dot path. Renames and edits of these fields are
 * splices; the Yjs binding stores them as Y.Text so concurrent typing merges character by
 * character; `setTranslation` accepts exactly these fields. Other strings (ids, enums, owners)
 * are plain values replaced as a whole.
 */
export const TEXT_FIELDS: Readonly<Record<TableName | "map", Readonly<Record<string, TextFieldKind>>>> = {
  map: {
    title: "plain",
    description: "plain",
    "scope.scenario": "plain",
    "scope.desiredOutcome": "plain",
    "accessibility.title": "plain",
    "accessibility.description": "plain",
  },
  stages: { name: "plain", description: "plain", customerGoal: "plain" },
  steps: { name: "plain", description: "plain", "momentThatMatters.why": "plain" },
  lanes: { name: "plain", description: "plain" },
  cells: { "content.text": "rich", "content.alt": "plain", "content.caption": "plain" },
  cards: { title: "plain", body: "rich" },
  emotions: { note: "plain" },
  personas: { name: "plain", quote: "plain", occupation: "plain", familyStatus: "plain", location: "plain", b2bRole: "plain" },
  touchpoints: { name: "plain", description: "plain" },
  flows: { label: "plain" },
  anchors: {},
  translations: {},
};

const TABLE_OF_PREFIX: Readonly<Record<string, TableName | "map">> = {
  map: "map",
  stage: "stages",
  step: "steps",
  lane: "lanes",
  cell: "cells",
  card: "cards",
  emotion: "emotions",
  persona: "personas",
  touchpoint: "touchpoints",
  flow: "flows",
};

/**
 * The table holding a record, from its id's prefix (undefined for ids of no translatable table).
 *
 * @example
 * tableOfId("stage:buy") // "stages"
 */
export function tableOfId(id: string): TableName | "map" | undefined {
  return TABLE_OF_PREFIX[id.slice(0, Math.max(0, id.indexOf(":")))];
}

/**
 * The kind of the text field at `path` of a record of `table`, or undefined when it is not a
 * typed text field. A translation's `value` takes the kind of the field it translates, read from
 * the translation's own `recordId` and `field` (both fixed by its id).
 *
 * @example
 * textFieldKind("cards", "body") // "rich"
 * textFieldKind("translations", "value", { recordId: "stage:a", field: "name" }) // "plain"
 */
export function textFieldKind(table: TableName | "map", path: string, record?: { recordId?: unknown; field?: unknown }): TextFieldKind | undefined {
  if (table !== "translations") return TEXT_FIELDS[table][path];
  if (path !== "value" || typeof record?.recordId !== "string" || typeof record.field !== "string") return undefined;
  const target = tableOfId(record.recordId);
  return target ? TEXT_FIELDS[target][record.field] : undefined;
}
