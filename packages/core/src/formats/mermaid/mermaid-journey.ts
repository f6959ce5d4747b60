/**
 * A Mermaid `journey` diagram as Mermaid itself reads it — the shape of the conformance cases in
 * `../shared/conformance/mermaid/`. Parsing and printing go through this model; mapping it to and
 * from a Kaart document is a separate step (`journey-to-document.ts`, `document-to-journey.ts`).
 */
export interface MermaidJourney {
  title: string | null;
  accTitle: string | null;
  accDescr: string | null;
  sections: MermaidSection[];
}

export interface MermaidSection {
  /** "" for the tasks written before any `section` line. */
  name: string;
  tasks: MermaidTask[];
}

export interface MermaidTask {
  name: string;
  score: number;
  /** Trimmed, in the order written; empty when the task names no actor. */
  actors: string[];
}
