import { test } from "node:test";
import assert from "node:assert/strict";
import { escapeXml } from "./xml-escape";

test("escapeXml escapes markup and quotes", () => {
  assert.equal(escapeXml(`<script>alert("x")</script> & 'y'`), "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
});

test("escapeXml drops characters XML cannot hold, keeps everything else", () => {
  assert.equal(escapeXml("a\u0001b\u0000c\ud800d"), "abcd");
  assert.equal(escapeXml("tab\tline\nřā😀 سلام"), "tab\tline\nřā😀 سلام");
});
