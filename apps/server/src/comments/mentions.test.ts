import { it } from "node:test";
import assert from "node:assert/strict";
import { mentionedMembers } from "./mentions";

const members = [
  { userId: "u1", name: "Ann", email: "ann@example.com" },
  { userId: "u2", name: "Anna Bērziņa", email: "anna@example.com" },
  { userId: "u3", name: "Jānis", email: "janis@example.com" },
];

it("finds members by name (with spaces and diacritics) or e-mail, case-insensitively", () => {
  assert.deepEqual(mentionedMembers("ping @anna bērziņa and @JANIS@example.com.", members).sort(), ["u2", "u3"]);
});

it("does not take a longer name for a shorter one, nor an e-mail address for a mention", () => {
  assert.deepEqual(mentionedMembers("@Annabel wrote to ann@example.com", members), []);
  assert.deepEqual(mentionedMembers("(@Ann)", members), ["u1"]);
});
