import { TEXT_FIELDS, textFieldKind, type TableName, type TextFieldKind } from "@kaart/core";

/** Where a record's typed text lives: the kind of text at a dot path, and which paths have text below. */
export interface TextKinds {
  at(path: string): TextFieldKind | undefined;
  below(path: string): boolean;
}

/**
 * The typed text fields of one record (see core's TEXT_FIELDS). A translation's `value` takes
 * the kind of the field it translates, so its record's `recordId` and `field` are passed in.
 */
export function textKinds(table: TableName | "map", record?: { recordId?: unknown; field?: unknown }): TextKinds {
  const paths = Object.keys(TEXT_FIELDS[table]);
  return {
    at: (path) => textFieldKind(table, path, record),
    below: (path) => paths.some((p) => p.startsWith(`${path}.`)),
  };
}
