import { describe, expect, it } from "vitest";
import { element, htmlText } from "./html-tree.js";
import { serializeHtml } from "./serialize.js";

describe("serializeHtml", () => {
  it("prints an element with inline content on one line", () => {
    const p = element("p", { dir: "auto" }, [htmlText("a "), element("em", {}, [htmlText("b")])]);
    expect(serializeHtml(p)).toBe('<p dir="auto">a <em>b</em></p>');
  });

  it("indents block children by two spaces, one per line", () => {
    const list = element("ul", {}, [element("li", {}, [htmlText("x")]), element("li")]);
    expect(serializeHtml(list)).toBe("<ul>\n  <li>x</li>\n  <li></li>\n</ul>");
  });

  it("continues after a <br> on a new line so the text keeps a gap between words", () => {
    const dd = element("dd", {}, [htmlText("a"), element("br"), htmlText("b")]);
    expect(serializeHtml(element("dl", {}, [dd]))).toBe("<dl>\n  <dd>a<br>\n    b</dd>\n</dl>");
  });

  it("escapes text and attribute values and skips undefined attributes", () => {
    const node = element("a", { href: 'https://x/"><script>', title: undefined }, [
      htmlText("<b>"),
    ]);
    expect(serializeHtml(element("p", {}, [node]))).toBe(
      '<p><a href="https://x/&quot;&gt;&lt;script&gt;">&lt;b&gt;</a></p>',
    );
  });

  it("prints void elements without a closing tag", () => {
    expect(serializeHtml(element("colgroup", {}, [element("col", { style: "width: 50%" })]))).toBe(
      '<colgroup>\n  <col style="width: 50%">\n</colgroup>',
    );
  });

  it("keeps consecutive inline children of a block on one line", () => {
    const mixed = element("li", {}, [htmlText("a"), htmlText("b"), element("ul")]);
    expect(serializeHtml(mixed)).toBe("<li>\n  ab\n  <ul></ul>\n</li>");
  });

  it("prints a stylesheet line by line and refuses one that could close the element", () => {
    const style = (value: string) => element("style", {}, [{ kind: "css", value }]);
    expect(serializeHtml(style("a {\n  b: c;\n}"))).toBe(
      "<style>\n  a {\n    b: c;\n  }\n</style>",
    );
    expect(() => serializeHtml(style("</style><script>"))).toThrow(/must not contain/);
  });
});
