import { test } from "node:test";
import assert from "node:assert/strict";
import { EventLogBuilder } from "./event-log-builder";
import type { EventLog } from "./event-log";

function rows(log: EventLog): string[] {
  return log.caseIds.flatMap((id, c) =>
    Array.from({ length: log.caseStart[c + 1]! - log.caseStart[c]! }, (_, k) => {
      const i = log.caseStart[c]! + k;
      const note = log.attributes.get("note");
      const code = note?.codes[i] ?? -1;
      return `${id} ${log.activityNames[log.activity[i]!]} ${log.time[i]} ${code >= 0 ? note!.values[code] : "-"}`;
    }),
  );
}

test("events grouped by case in time order are kept as built; any other order is sorted to the same log", () => {
  const events: Array<[string, string, number, string?]> = [
    ["c1", "a", 10, "x"],
    ["c1", "b", 10],
    ["c1", "c", 20, "y"],
    ["c2", "a", 5],
    ["c2", "b", 7, "x"],
  ];
  const grouped = new EventLogBuilder();
  for (const [c, a, t, note] of events) grouped.add(c, a, t, note ? [["note", note]] : undefined);
  const log = grouped.build();
  assert.deepEqual(Array.from(log.caseStart), [0, 3, 5]);
  assert.deepEqual(rows(log), ["c1 a 10 x", "c1 b 10 -", "c1 c 20 y", "c2 a 5 -", "c2 b 7 x"]);
  const shuffled = new EventLogBuilder();
  for (const k of [3, 0, 4, 2, 1]) {
    const [c, a, t, note] = events[k]!;
    shuffled.add(c, a, t, note ? [["note", note]] : undefined);
  }
  const sorted = shuffled.build();
  assert.deepEqual(sorted.caseIds, ["c2", "c1"]);
  assert.deepEqual(rows(sorted), ["c2 a 5 -", "c2 b 7 x", "c1 a 10 x", "c1 b 10 -", "c1 c 20 y"]);
});

test("a case that comes back later, or a time that goes back, leaves the fast path with the same result", () => {
  const builder = new EventLogBuilder();
  builder.add("c1", "a", 1);
  builder.add("c2", "a", 1);
  builder.add("c1", "b", 2);
  builder.add("c2", "b", 0);
  assert.deepEqual(rows(builder.build()), ["c1 a 1 -", "c1 b 2 -", "c2 b 0 -", "c2 a 1 -"]);
});

test("activity codes are 16 bits wide until there are more than 65,536 activities", () => {
  const narrow = new EventLogBuilder();
  narrow.add("c", "a", 0);
  assert.ok(narrow.build().activity instanceof Uint16Array);
  const wide = new EventLogBuilder();
  for (let a = 0; a < 70_000; a++) wide.add(`c${a % 3}`, `activity ${a}`, a);
  const log = wide.build();
  assert.ok(log.activity instanceof Uint32Array);
  assert.equal(log.activityNames[log.activity[log.caseStart[1]! - 1]!], "activity 69999");
  assert.equal(new Set(log.activity).size, 70_000);
});

test("a part exported from one builder and appended to another keeps its events and attributes", () => {
  const part = new EventLogBuilder();
  part.add("c1", "a", 1, [["note", "n"]]);
  part.add("c1", "b", 2);
  const whole = new EventLogBuilder();
  whole.add("c0", "z", 0);
  whole.appendPart(part.exportPart());
  assert.deepEqual(rows(whole.build()), ["c0 z 0 -", "c1 a 1 n", "c1 b 2 -"]);
});

test("room reserved ahead changes nothing in the log, whether its events came in order or not", () => {
  const events: Array<[string, string, number]> = [];
  for (let i = 0; i < 3000; i++) events.push([`c${Math.floor(i / 3)}`, `a${i % 4}`, 1000 + i]);
  const plain = new EventLogBuilder();
  for (const [c, a, t] of events) plain.add(c, a, t);
  for (const shuffle of [false, true]) {
    const reserved = new EventLogBuilder();
    reserved.add("c0", "a0", 1000);
    if (shuffle) reserved.add("zz", "a1", 999); // out of order from here on: the case of every event is stored
    reserved.reserve(events.length, 1000);
    for (const [c, a, t] of events.slice(1)) reserved.add(c, a, t);
    const log = reserved.build();
    assert.equal(log.activity.length, events.length + (shuffle ? 1 : 0));
    if (!shuffle) assert.deepEqual(rows(log), rows(plain.build()));
    else assert.deepEqual(rows(log).filter((r) => !r.startsWith("zz ")), rows(plain.build()));
  }
});
