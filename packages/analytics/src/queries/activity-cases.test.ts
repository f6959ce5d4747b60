import { test } from "node:test";
import assert from "node:assert/strict";
import { shopLog } from "../test-fixtures";
import { activityCases } from "./activity-cases";

test("activityCases lists each case holding an activity once, with its first event of it", async () => {
  const log = await shopLog();
  const [visit, absent] = activityCases(log, [log.activityNames.indexOf("visit"), 999]);
  assert.deepEqual(Array.from(visit!.cases, (c) => log.caseIds[c]), ["c1", "c2", "c3", "c5"]);
  assert.deepEqual(Array.from(visit!.first), [0, 4, 9, 15]);
  assert.equal(absent!.cases.length, 0);
  assert.equal(activityCases(log, [log.activityNames.indexOf("visit")])[0], visit, "cached on the log");
});
