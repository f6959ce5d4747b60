/**
 * Where JSON text first stops being JSON. `JSON.parse` messages differ between engines and often
 * carry no position, so a small scanner finds the offset; line and column are 1-based.
 * Iterative (an explicit stack), so deeply nested input cannot overflow the call stack.
 */
export function locateJsonSyntaxError(text: string): { offset: number; line: number; column: number; message: string } {
  const { offset, message } = scan(text);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1, message };
}

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /true|false|null/y;

function scan(text: string): { offset: number; message: string } {
  let i = 0;
  const stack: ("{" | "[")[] = [];
  const skip = () => {
    while (i < text.length && " \t\r\n".includes(text[i]!)) i++;
  };
  const fail = (message: string) => ({ offset: i, message: i >= text.length ? "unexpected end of input" : message });
  const value = (): string | null => {
    skip();
    const c = text[i];
    if (c === "{" || c === "[") {
      stack.push(c);
      i++;
      skip();
      if (text[i] === (c === "{" ? "}" : "]")) {
        stack.pop();
        i++;
        return null;
      }
      return c === "{" ? "key" : "value";
    }
    for (const re of [STRING, NUMBER, LITERAL]) {
      re.lastIndex = i;
      if (re.test(text)) {
        i = re.lastIndex;
        return null;
      }
    }
    return "bad";
  };
  let want: string | null = value();
  for (;;) {
    if (want === "bad") return fail(`unexpected character ${JSON.stringify(text[i])}`);
    if (want === "key") {
      skip();
      STRING.lastIndex = i;
      if (!STRING.test(text)) return fail("expected a double-quoted property name");
      i = STRING.lastIndex;
      skip();
      if (text[i] !== ":") return fail("expected ':' after a property name");
      i++;
      want = value();
      continue;
    }
    if (want === "value") {
      want = value();
      continue;
    }
    skip();
    const top = stack[stack.length - 1];
    if (!top) {
      return i < text.length ? fail("unexpected text after the end of the JSON value") : { offset: i, message: "valid" };
    }
    const close = top === "{" ? "}" : "]";
    if (text[i] === ",") {
      i++;
      want = top === "{" ? "key" : "value";
      if (top === "[") want = value();
    } else if (text[i] === close) {
      stack.pop();
      i++;
    } else return fail(`expected ',' or '${close}'`);
  }
}
