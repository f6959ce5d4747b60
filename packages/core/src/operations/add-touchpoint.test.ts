import { test } from "node:test";
import assert from "node:assert/strict";
import { addTouchpoint } from "./add-touchpoint";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("adds a touchpoint; online follows the channel unless given", () => {
  const doc = exampleJourney();
  const phone = addTouchpoint(doc, { name: "Hotline", channel: "phone", ownerTeam: "Support" }, testContext());
  const chat = addTouchpoint(doc, { name: "Chat", channel: "chat" }, testContext(2));
  const kiosk = addTouchpoint(doc, { name: "Kiosk", channel: "inPerson", online: true }, testContext(3));
  assert.ok(phone.ok && chat.ok && kiosk.ok);
  assert.equal(applied(doc, phone).touchpoints[phone.value]!.online, false);
  assert.equal(applied(doc, chat).touchpoints[chat.value]!.online, true);
  assert.equal(applied(doc, kiosk).touchpoints[kiosk.value]!.online, true);
});

test("refuses a nameless touchpoint or an unknown channel", () => {
  const doc = exampleJourney();
  const r = addTouchpoint(doc, { name: "", channel: "web" }, testContext());
  assert.ok(!r.ok && r.error.code === "invalid_argument" && r.patch.ops.length === 0);
  const c = addTouchpoint(doc, { name: "Fax", channel: "fax" } as never, testContext());
  assert.ok(!c.ok && c.error.code === "invalid_argument");
});
