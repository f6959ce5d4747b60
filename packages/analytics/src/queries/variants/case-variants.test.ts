import { test } from "node:test";
import assert from "node:assert/strict";
import { EventLogBuilder } from "../../log/event-log-builder";
import { caseVariants } from "./case-variants";

test("caseVariants groups exactly the cases with equal sequences, numbered by first appearance", () => {
  // Deterministic pseudo-random cases over three activities: many repeats, some long, one empty-free.
  let seed = 12345;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) / 65536;
  const builder = new EventLogBuilder();
  const expected: string[] = [];
  for (let c = 0; c < 3000; c++) {
    const length = 1 + Math.floor(next() * (c % 50 === 0 ? 40 : 5));
    const acts = Array.from({ length }, () => "abc"[Math.floor(next() * 3)]!);
    acts.forEach((a, i) => builder.add(`c${c}`, a, i * 1000));
    expected.push(acts.join(""));
  }
  const log = builder.build();
  const { sequences, counts, caseVariant } = caseVariants(log);
  const firstSeen = [...new Set(expected)];
  assert.equal(sequences.length, firstSeen.length);
  firstSeen.forEach((key, v) => {
    assert.equal(Array.from(sequences[v]!, (a) => log.activityNames[a]).join(""), key);
    assert.equal(counts[v], expected.filter((k) => k === key).length);
  });
  expected.forEach((key, c) => assert.equal(firstSeen[caseVariant[c]!], key));
});
