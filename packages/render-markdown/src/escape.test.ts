import { describe, expect, it } from "vitest";
import { escapeText, midLine } from "./escape.js";

const lineStart = { ...midLine, lineStart: true };
const lineEnd = { ...midLine, lineEnd: true };

describe("escapeText", () => {
  it("backslash-escapes characters that are syntax anywhere in a line", () => {
    expect(escapeText("\\ ` * _ [ ] < > | ~ #", midLine)).toBe(
      "\\\\ \\` \\* \\_ \\[ \\] \\< \\> \\| \\~ \\#",
    );
  });

  it("leaves harmless punctuation alone so prose stays readable", () => {
    expect(escapeText("Deposit (non-refundable): 1. £2,400.00 + 5% - {{x}}", midLine)).toBe(
      "Deposit (non-refundable): 1. £2,400.00 + 5% - {{x}}",
    );
  });

  it("escapes & only where it would start a character reference", () => {
    expect(escapeText("Acme & Sons &amp; &#60;", midLine)).toBe("Acme & Sons \\&amp; \\&\\#60;");
  });

  it("escapes a final ! so a following link cannot become an image", () => {
    expect(escapeText("Hi! there!", midLine)).toBe("Hi! there\\!");
  });

  it.each([
    ["- item", "\\- item"],
    ["+ item", "\\+ item"],
    ["===", "\\==="],
    [":--", "\\:--"],
    ["1. item", "1\\. item"],
    ["123456789) item", "123456789\\) item"],
    ["1234567890. no list", "1234567890. no list"],
    ["# heading", "\\# heading"],
    ["> quote", "\\> quote"],
  ])("escapes the line-start marker of %j", (input, output) => {
    expect(escapeText(input, lineStart)).toBe(output);
    expect(escapeText(input, midLine)).toBe(input.replace(/[#>]/, "\\$&"));
  });

  it("keeps leading and trailing whitespace as character references where Markdown strips it", () => {
    expect(escapeText("  \tcode", lineStart)).toBe("&#x20;&#x20;&#x9;code");
    expect(escapeText("end  ", lineEnd)).toBe("end&#x20;&#x20;");
    expect(escapeText("  a  ", midLine)).toBe("  a  ");
  });

  it("encodes a letter beside a delimiter when asked, and leaves punctuation", () => {
    expect(escapeText("abc", { ...midLine, encodeFirst: true, encodeLast: true })).toBe(
      "&#x61;b&#x63;",
    );
    expect(escapeText("(a)", { ...midLine, encodeFirst: true, encodeLast: true })).toBe("(a)");
  });
});
