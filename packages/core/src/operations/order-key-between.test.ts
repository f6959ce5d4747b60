import { test } from "node:test";
import assert from "node:assert/strict";
import { orderKeyBetween, OrderKeyError } from "./order-key-between";

test("keys sort between their neighbours, at either end and in the middle", () => {
  const keys = [orderKeyBetween()];
  for (let i = 0; i < 50; i++) {
    const at = (i * 7) % (keys.length + 1);
    keys.splice(at, 0, orderKeyBetween(keys[at - 1], keys[at]));
  }
  assert.deepEqual([...keys].sort(), keys);
  assert.equal(new Set(keys).size, keys.length);
});

test("equal, reversed or malformed neighbours raise a named error", () => {
  for (const [a, b] of [["a0", "a0"], ["a1", "a0"], ["zz", undefined], ["a0", "!"]] as const) {
    assert.throws(() => orderKeyBetween(a, b), (e: unknown) => e instanceof OrderKeyError && e.code === "order_key_invalid");
  }
});
