import { test } from "node:test";
import assert from "node:assert/strict";
import { toPointer } from "../document/document-issue";
import { pointerTo } from "./location";

test("pointerTo escapes like toPointer (RFC 6901)", () => {
  for (const segments of [["cells", "cell:a~b"], ["steps", "step:x", "momentThatMatters"], ["tr", "a/b~c/~"], [""]]) {
    assert.equal(pointerTo(...segments), toPointer(segments));
  }
  assert.equal(pointerTo("cells", "cell:a~b"), "/cells/cell:a~0b");
  assert.equal(pointerTo("x", "a/b"), "/x/a~1b");
});
