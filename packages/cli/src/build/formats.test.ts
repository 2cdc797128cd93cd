import { describe, expect, it } from "vitest";
import { documentKinds, formats, parseChoices, parseDate, parseStage } from "./formats.js";

describe("parseChoices", () => {
  it("gives everything by default, and the canonical order otherwise", () => {
    expect(parseChoices(undefined, formats, "--format")).toEqual(["pdf", "docx", "html", "md"]);
    expect(parseChoices("md, pdf", formats, "--format")).toEqual(["pdf", "md"]);
    expect(parseChoices("contract,contract", documentKinds, "--doc")).toEqual(["contract"]);
  });

  it("names unknown values and the choices", () => {
    expect(() => parseChoices("pdf,odt,rtf", formats, "--format")).toThrow(
      "--format got 'odt', 'rtf'; choose from pdf, docx, html, md",
    );
    expect(() => parseChoices(",", formats, "--format")).toThrow("--format got nothing;");
  });
});

describe("parseStage", () => {
  it("takes exactly one stage", () => {
    expect(parseStage(undefined)).toBeUndefined();
    expect(parseStage("facts")).toBe("facts");
    expect(() => parseStage("model,facts")).toThrow("--stage takes one of resolved, facts, model");
    expect(() => parseStage("html")).toThrow("--stage got 'html'");
  });
});

describe("parseDate", () => {
  it("accepts real calendar dates only", () => {
    expect(parseDate("2028-02-29")).toBe("2028-02-29");
    for (const bad of ["2027-02-29", "2027-13-01", "27-01-01", "2027-1-1", "today"]) {
      expect(() => parseDate(bad)).toThrow(`--date must be a date as YYYY-MM-DD, got '${bad}'`);
    }
  });
});
