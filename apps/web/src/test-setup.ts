import { afterEach } from "vitest";
import { cleanup } from "@testing-library/react";

// Testing Library unmounts between tests only when the runner exposes globals; ours does not.
afterEach(() => cleanup());

// jsdom has no CSS.escape; React Aria's modals use it. Escapes what a selector cannot hold raw.
if (typeof globalThis.CSS === "undefined" || typeof globalThis.CSS.escape !== "function") {
  Object.defineProperty(globalThis, "CSS", {
    value: { escape: (value: string) => value.replace(/[^a-zA-Z0-9_\u00A0-\uFFFF-]/g, (ch) => `\\${ch}`) },
    configurable: true,
  });
}

// jsdom lays nothing out, so it has no scrolling either; jumping to a cell only needs the call to exist.
if (typeof Element.prototype.scrollIntoView !== "function") Element.prototype.scrollIntoView = () => undefined;
