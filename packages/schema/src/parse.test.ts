import { describe, expect, it } from "vitest";
import { MAX_BYTES, parseText, utf8Length } from "./parse.js";

const only = (text: string) => {
  const parsed = parseText(text);
  expect(parsed.complete).toBe(false);
  expect(parsed.findings).toHaveLength(1);
  return parsed.findings[0];
};

describe("parseText limits", () => {
  it("refuses text over 1 MiB before parsing", () => {
    expect(only(`"${"x".repeat(MAX_BYTES)}"`)).toMatchObject({
      code: "TOO_LARGE",
      line: 1,
      column: 1,
    });
    expect(parseText(`"x"`, "big.json").findings).toEqual([]);
    expect(only("é".repeat(MAX_BYTES / 2 + 1))?.message).toBe(
      "the file is too large: 1.1 MiB, the limit is 1 MiB",
    );
    expect(parseText("é".repeat(MAX_BYTES), "big.json").findings[0]?.message).toMatch(
      /^big\.json is too large/,
    );
  });

  it("counts UTF-8 bytes", () => {
    expect(utf8Length("aé€😀")).toBe(1 + 2 + 3 + 4);
    expect(utf8Length("\ud800")).toBe(3);
  });

  it("refuses nesting deeper than 32 at the bracket that goes too deep", () => {
    expect(only("[".repeat(10_000) + "]".repeat(10_000))).toMatchObject({
      code: "TOO_DEEP",
      line: 1,
      column: 33,
    });
    expect(only(`{"a":\n${'{"a":'.repeat(40)}`)).toMatchObject({ code: "TOO_DEEP", line: 2 });
    expect(parseText("[".repeat(32) + "]".repeat(32)).complete).toBe(true);
  });

  it("does not count brackets inside strings", () => {
    expect(parseText(`["${"[".repeat(100)}\\"{{"]`).findings).toEqual([]);
  });

  it("refuses lists and objects over 10,000 entries after parsing", () => {
    expect(only(`[${"0,".repeat(10_000)}0]`)).toMatchObject({
      code: "TOO_MANY_ITEMS",
      message: "/ has 10,001 items; at most 10,000 are accepted",
    });
    const keys = Array.from({ length: 10_001 }, (_, i) => `"k${i}":0`).join(",");
    expect(only(`{"a":{${keys}}}`)).toMatchObject({ code: "TOO_MANY_ITEMS", pointer: "/a" });
  });
});

describe("parseText syntax errors", () => {
  it.each([
    ["", 1, 1, "the file is empty"],
    ["   \n ", 1, 1, "the file is empty"],
    ['{"a": 1,}', 1, 9, "a comma before a closing bracket is not allowed in JSON"],
    ['{"a": 1\n"b": 2}', 2, 1, "a comma is missing before this"],
    ['{"a": 1 // note\n}', 1, 9, "comments are not allowed in JSON"],
    ["{'a': 1}", 1, 2, "JSON needs double quotes, not single quotes"],
    ["{a: 1}", 1, 2, 'keys need double quotes in JSON: "a"'],
    ['{"a": NaN}', 1, 7, "NaN is not a JSON value"],
    ['{"a": 01}', 1, 7, "numbers cannot start with 0 in JSON"],
    ['{"a": "x', 1, 9, 'the file ends too early: a closing }, ] or " is missing'],
    // Cut short: the parser blames the first bracket or the last comma; the end is what is missing.
    ["{", 1, 2, 'the file ends too early: a closing }, ] or " is missing'],
    ['{"id": ', 1, 8, 'the file ends too early: a closing }, ] or " is missing'],
    ["[", 1, 2, 'the file ends too early: a closing }, ] or " is missing'],
    ['{"a": 1,\n  "b": [1,', 2, 11, 'the file ends too early: a closing }, ] or " is missing'],
    ['{"a": "x\n"}', 1, 9, "a string is not closed before the end of the line"],
    ['{"a": "\t"}', 1, 8, "a tab inside a string is not allowed in JSON"],
    ['{"a": nul}', 1, 7, "unexpected word 'nul'"],
    ['{"a": 1}}', 1, 9, "unexpected character '}'"],
    ["\u0000", 1, 1, "unexpected character '\\u{0}'"],
  ])("%j → %d:%d %s", (text, line, column, message) => {
    expect(only(text)).toMatchObject({ code: "JSON_SYNTAX", pointer: "", line, column, message });
  });

  it("counts CRLF and a lone CR as one line break", () => {
    expect(only('{\r\n"a":\r1,}')).toMatchObject({ line: 3, column: 3 });
  });

  it("ignores a byte order mark", () => {
    expect(parseText('\ufeff{"a": 1}').findings).toEqual([]);
  });
});

describe("parseText values and positions", () => {
  it("keeps positions of values and keys", () => {
    const parsed = parseText('{\n  "a": [1,\n    {"b": "x"}]\n}');
    expect(parsed.positions.get("")).toEqual({ value: { line: 1, column: 1 } });
    expect(parsed.positions.get("/a")).toEqual({
      key: { line: 2, column: 3 },
      value: { line: 2, column: 8 },
    });
    expect(parsed.positions.get("/a/1/b")?.value).toEqual({ line: 3, column: 11 });
  });

  it("escapes keys in pointers", () => {
    expect(parseText('{"a/b~c": 1}').positions.has("/a~1b~0c")).toBe(true);
  });

  it("reports duplicate keys at the later one and keeps the last value, as JSON.parse does", () => {
    const parsed = parseText('{"fees": {"amount": 100,\n "amount": 100000}}');
    expect(parsed.findings).toEqual([
      {
        severity: "error",
        code: "DUPLICATE_KEY",
        pointer: "/fees/amount",
        message: "duplicate key amount at /fees",
        hint: "JSON keeps only the last one, so the value at line 1 would be silently ignored; remove one of them",
        at: "key",
      },
    ]);
    expect(parsed.value).toEqual({ fees: { amount: 100000 } });
  });

  it("keeps __proto__ as an own key and never touches a prototype", () => {
    const parsed = parseText('{"__proto__": {"polluted": true}}');
    expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
    expect(Object.keys(parsed.value as object)).toEqual(["__proto__"]);
    expect(Reflect.get({}, "polluted")).toBeUndefined();
  });

  it("turns CRLF and CR into LF inside strings", () => {
    expect(parseText('["a\\r\\nb\\rc"]').value).toEqual(["a\nb\nc"]);
  });

  it("reads 1e309 as Infinity, for the money check to refuse", () => {
    expect(parseText("[1e309]").value).toEqual([Infinity]);
  });
});
