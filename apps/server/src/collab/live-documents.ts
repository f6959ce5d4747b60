import type * as Y from "yjs";
import { createDocumentReader, type DocumentReader } from "@kaart/collab";
import type { JourneyDocument } from "@kaart/core";
import { documentCodec } from "../features/document-codec";
import { UpdateValidator } from "./update-validator";

interface Entry {
  document: Y.Doc;
  validator?: UpdateValidator;
  reader?: DocumentReader;
}

/**
 * What the server keeps beside each live document, made when it loads: the validator of client
 * updates and an incremental reader for the debounced store, so neither copies nor re-validates
 * the whole map per update or per store. `drop` when Hocuspocus unloads the document; a document
 * loaded again under the same name gets fresh ones.
 */
export class LiveDocuments {
  private readonly byName = new Map<string, Entry>();

  /**
   * Builds both now (a copy and a full validation of the map), when the document loads, so that
   * cost falls on opening the map rather than on someone's first keystroke.
   */
  prepare(document: Y.Doc, name: string): void {
    this.validator(document, name).prepare();
    // Only reads (never throws): a stored state that is invalid still loads, as it always did.
    const entry = this.entry(document, name);
    (entry.reader ??= createDocumentReader(document)).read();
  }

  validator(document: Y.Doc, name: string): UpdateValidator {
    const entry = this.entry(document, name);
    return (entry.validator ??= new UpdateValidator(document));
  }

  /** The live document as plain data; only records changed since the last read are read again. */
  read(document: Y.Doc, name: string): JourneyDocument {
    const entry = this.entry(document, name);
    const result = (entry.reader ??= createDocumentReader(document)).read();
    // A stored state that was never valid (older data) fails here as it always did, with the issues.
    return result.ok ? result.document : documentCodec.read(document);
  }

  drop(name: string): void {
    const entry = this.byName.get(name);
    entry?.validator?.destroy();
    entry?.reader?.destroy();
    this.byName.delete(name);
  }

  private entry(document: Y.Doc, name: string): Entry {
    const entry = this.byName.get(name);
    if (entry?.document === document) return entry;
    this.drop(name);
    const fresh: Entry = { document };
    this.byName.set(name, fresh);
    return fresh;
  }
}
