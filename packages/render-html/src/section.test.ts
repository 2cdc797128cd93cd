import { paragraph, section, text } from "@clausework/model";
import { describe, expect, it } from "vitest";
import { headingTag, sectionNumberText } from "./section.js";
import { renderBlocks } from "./test-render.js";

describe("section", () => {
  it("wraps its blocks in <section> with the id and a numbered heading", () => {
    expect(renderBlocks(section("fees", "Cost", [paragraph(...text("x"))], "2"))).toBe(
      [
        '<section id="fees">',
        '  <h2><span class="section-number">2.</span> Cost</h2>',
        "  <p>x</p>",
        "</section>",
      ].join("\n"),
    );
  });

  it("prints an unnumbered title alone", () => {
    expect(renderBlocks(section("a", "Intro", []))).toContain("<h2>Intro</h2>");
  });

  it("uses <h2> to <h4> by depth, since the title is the only <h1>", () => {
    expect([1, 2, 3, 4, 7].map(headingTag)).toEqual(["h2", "h3", "h4", "h4", "h4"]);
    const nested = section("a", "A", [section("b", "B", [section("c", "C", [])])]);
    const html = renderBlocks(nested);
    expect(html).toContain("<h2>A</h2>");
    expect(html).toContain("<h3>B</h3>");
    expect(html).toContain("<h4>C</h4>");
  });

  it("adds a full stop to a top-level number only", () => {
    expect(sectionNumberText("3")).toBe("3.");
    expect(sectionNumberText("3.2")).toBe("3.2");
  });

  it("escapes the id and title", () => {
    expect(renderBlocks(section('x" onclick="y', "<b>", []))).toContain(
      '<section id="x&quot; onclick=&quot;y">\n  <h2>&lt;b&gt;</h2>',
    );
  });
});
