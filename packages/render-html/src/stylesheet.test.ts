import { theme } from "@clausework/theme";
import { describe, expect, it } from "vitest";
import { htmlStylesheet } from "./stylesheet.js";

describe("htmlStylesheet", () => {
  it("sets the page box from the page size and the margins from the theme", () => {
    const { top, right, bottom, left } = theme.page.margin;
    expect(htmlStylesheet("A4")).toContain(
      `@page {\n  size: A4;\n  margin: ${top}pt ${right}pt ${bottom}pt ${left}pt;\n}`,
    );
    expect(htmlStylesheet("LETTER")).toContain("size: letter;");
  });

  it("keeps headings with what follows and repeats table headers in print", () => {
    const print = htmlStylesheet("A4").split("@media print {")[1] ?? "";
    expect(print).toMatch(/h1, h2, h3, h4 \{\n\s+break-after: avoid;\n\s+page-break-after: avoid;/);
    expect(print).toMatch(/thead \{\n\s+display: table-header-group;/);
  });

  it("takes fonts and colours from the theme", () => {
    const sheet = htmlStylesheet("A4");
    expect(sheet).toContain(`font-family: "${theme.font.family}", "DejaVu Sans"`);
    expect(sheet).toContain(`font-size: ${theme.size.body}pt;`);
    expect(sheet).toContain(
      `.schedule tr.owner-client td {\n  background: #${theme.color.clientRow};`,
    );
  });

  it("is the same text on every call", () => {
    expect(htmlStylesheet("A4")).toBe(htmlStylesheet("A4"));
  });
});
