import { expect, test } from "vitest";
import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import { presenceStoreOf } from "./presence-store";

/** Another client's awareness, whose updates reach `into` the way the provider delivers them. */
function otherClient(into: Awareness) {
  const other = new Awareness(new Y.Doc());
  return {
    set(state: Record<string, unknown>) {
      other.setLocalState(state);
      applyAwarenessUpdate(into, encodeAwarenessUpdate(other, [other.clientID]), "remote");
    },
    leave() {
      removeAwarenessStates(into, [other.clientID], "remote");
    },
  };
}

test("one store per awareness lists people once, self first, and ignores malformed states", () => {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState({ user: { name: "Ilze", color: "#1f6feb" }, cell: "a|1" });
  const store = presenceStoreOf(awareness);
  expect(presenceStoreOf(awareness)).toBe(store);
  const janis = otherClient(awareness);
  janis.set({ user: { name: "Jānis", color: "#cf222e" }, cell: "a|1" });
  otherClient(awareness).set({ user: { name: 42 }, cell: "a|1" });
  expect(store.getPeers().map((p) => [p.user.name, p.self])).toEqual([["Ilze", true], ["Jānis", false]]);
  // A cell lists the others there, never this page.
  expect(store.othersAt("a|1").map((p) => p.user.name)).toEqual(["Jānis"]);
  expect(store.othersAt("b|2")).toEqual([]);
  janis.leave();
  expect(store.othersAt("a|1")).toEqual([]);
  store.dispose();
});

test("a cell's list keeps its identity while its people stay, and changes when someone comes or goes", () => {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState({ user: { name: "Ilze", color: "#1f6feb" } });
  const store = presenceStoreOf(awareness);
  let notified = 0;
  const stop = store.subscribe(() => notified++);
  const anna = otherClient(awareness);
  const peteris = otherClient(awareness);
  anna.set({ user: { name: "Anna", color: "#116329" }, cell: "a|1" });
  peteris.set({ user: { name: "Pēteris", color: "#8250df" }, cell: "b|2" });
  const atA = store.othersAt("a|1");
  const atB = store.othersAt("b|2");
  peteris.set({ user: { name: "Pēteris", color: "#8250df" }, cell: "c|3" });
  expect(store.othersAt("a|1")).toBe(atA);
  expect(store.othersAt("b|2")).not.toBe(atB);
  expect(store.othersAt("b|2")).toEqual([]);
  expect(store.othersAt("c|3").map((p) => p.user.name)).toEqual(["Pēteris"]);
  expect(notified).toBeGreaterThanOrEqual(3);
  stop();
  store.dispose();
});
