import { describe, expect, it } from "vitest";
import { escapeMarkdown, escapeMarkdownLine, normalizeLineBreaks } from "./escape.js";
import { INJECTIONS } from "./test-bad-inputs.js";
import { nodeTypes, parse, visibleText } from "./test-markdown.js";

/** Pieces that mean something to Markdown (or to HTML and Handlebars) somewhere. */
const PIECES = [
  "#",
  "# ",
  "## ",
  "> ",
  "- ",
  "+ ",
  "* ",
  "1. ",
  "1) ",
  "---",
  "***",
  "___",
  "===",
  "```",
  "~~~",
  "    ",
  "\t",
  " ",
  "  ",
  "\n",
  "\n\n",
  "\r\n",
  "\r",
  "\\",
  "*",
  "**",
  "_",
  "__",
  "~~",
  "`",
  "[",
  "]",
  "(",
  ")",
  "![",
  "](",
  "<",
  ">",
  "<!--",
  "-->",
  "&",
  "&amp;",
  "&#32;",
  "&#x26;",
  "|",
  "{{",
  "}}",
  "{",
  "}",
  "!",
  ".",
  ":",
  '"',
  "'",
  "https://x.example/a_b",
  "mailto:a@b.c",
  "<https://a.b>",
  "[x]: https://evil.example",
  "<script>alert(1)</script>",
  "a",
  "Acme",
  "Ünïcødé",
  "株式会社",
  "7",
  "\u00a0",
  "\u3000",
  "$",
  "^",
  "@",
  "%",
  "=",
];

/** A deterministic pseudo-random generator, so failures reproduce. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function hostileStrings(count: number): string[] {
  const random = generator(20270115);
  const out: string[] = [];
  for (let index = 0; index < count; index++) {
    const length = 1 + Math.floor(random() * 12);
    let value = "";
    for (let piece = 0; piece < length; piece++) {
      value += PIECES[Math.floor(random() * PIECES.length)] ?? "";
    }
    out.push(value);
  }
  return out;
}

const FORBIDDEN = new Set([
  "heading",
  "link",
  "image",
  "emphasis",
  "strong",
  "html",
  "code",
  "inlineCode",
  "list",
  "blockquote",
  "thematicBreak",
  "definition",
  "linkReference",
  "imageReference",
]);

/** The escaped value inside template text, as a clause would place it. */
const PLACEMENTS = [
  (md: string) => md,
  (md: string) => `Client: ${md} (signed).`,
  (md: string) => `- ${md}`,
];

function checkRoundTrip(value: string): void {
  const expected = normalizeLineBreaks(value);
  if (expected.trim() === "") return; // blank values are rejected by validation
  const tree = parse(escapeMarkdown(value));
  expect(tree.children.map((child) => child.type)).toEqual(["paragraph"]);
  expect(visibleText(tree)).toBe(expected);
  const types = nodeTypes(tree);
  expect(types.filter((type) => FORBIDDEN.has(type))).toEqual([]);
  for (const place of PLACEMENTS.slice(1)) {
    const placed = nodeTypes(parse(place(escapeMarkdown(value))));
    expect(placed.filter((type) => FORBIDDEN.has(type) && type !== "list")).toEqual([]);
  }
}

describe("escapeMarkdown", () => {
  it("reads back as exactly the input, with no structure, for many hostile strings", () => {
    for (const value of hostileStrings(1500)) checkRoundTrip(value);
  });

  it.each(INJECTIONS)("reads back the injection $id of the shared bad inputs", ({ value }) => {
    checkRoundTrip(value);
  });

  it("keeps a placed value inside its list item", () => {
    const tree = parse(`- ${escapeMarkdown("one\n\n- two\n# three")}`);
    expect(tree.children).toHaveLength(1);
    const list = tree.children[0];
    expect(list?.type === "list" && list.children.length).toBe(1);
    expect(visibleText(tree)).toBe("one\n\n- two\n# three");
  });

  it("turns line feeds into hard breaks and trims them at either end", () => {
    expect(escapeMarkdown("a\nb")).toBe("a\\\nb");
    expect(escapeMarkdown("\r\na\r\n")).toBe("a");
  });

  it("keeps edge whitespace that Markdown would strip or read as code", () => {
    expect(escapeMarkdown("    code?")).toBe("&#32;&#32;&#32;&#32;code?");
    expect(visibleText(parse(escapeMarkdown("    code?")))).toBe("    code?");
  });
});

describe("escapeMarkdown with right-to-left values", () => {
  it("isolates each line that has right-to-left letters, in the line's own direction", () => {
    // A Latin letter makes the isolate left to right, as it makes a paragraph.
    expect(escapeMarkdown("تصميم الموقع v2")).toBe("\u2066تصميم الموقع v2\u2069");
    expect(escapeMarkdown("חברת שלום 5")).toBe("\u2067חברת שלום 5\u2069");
    expect(escapeMarkdown("Acme\nחברת")).toBe("Acme\\\n\u2067חברת\u2069");
    expect(escapeMarkdownLine("חברת\nשלום")).toBe("\u2067חברת שלום\u2069");
  });

  it("leaves a value without right-to-left letters as it was", () => {
    expect(escapeMarkdown("株式会社 *x*")).toBe("株式会社 \\*x\\*");
    expect(escapeMarkdown("Ünïcödé 123")).toBe("Ünïcödé 123");
  });

  it("reads back as the value between its isolate controls, escaped inside", () => {
    const value = "  שלום *מודגש* [א](ב)";
    expect(visibleText(parse(escapeMarkdown(value)))).toBe(`\u2067${value}\u2069`);
    expect(nodeTypes(parse(escapeMarkdown(value))).filter((type) => FORBIDDEN.has(type))).toEqual(
      [],
    );
  });
});

describe("escapeMarkdownLine", () => {
  it("keeps a heading one line long: line feeds become spaces", () => {
    const tree = parse(`## ${escapeMarkdownLine("Acme\n\n# 7. Payment terms waived")}`);
    expect(tree.children.map((child) => child.type)).toEqual(["heading"]);
    expect(visibleText(tree)).toBe("Acme  # 7. Payment terms waived");
  });

  it("reads back hostile strings as one line", () => {
    for (const value of hostileStrings(500)) {
      const expected = normalizeLineBreaks(value).replace(/\n/g, " ");
      if (expected.trim() === "") continue;
      const tree = parse(`# ${escapeMarkdownLine(value)}`);
      expect(tree.children.map((child) => child.type)).toEqual(["heading"]);
      expect(visibleText(tree)).toBe(expected);
    }
  });
});
