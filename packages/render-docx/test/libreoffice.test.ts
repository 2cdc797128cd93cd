// LibreOffice opens the DOCX and prints it to PDF; the PDF's text holds what a
// reader must see. One conversion for the whole file: it takes seconds.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleDocument } from "@clausework/model";
import { renderDocx } from "../src/index.js";
import { requireTool } from "../src/test-support.js";

const dir = mkdtempSync(join(tmpdir(), "render-docx-lo-"));
const pdf = join(dir, "sample.pdf");
let text = "";

beforeAll(async () => {
  requireTool("soffice", "libreoffice-writer");
  requireTool("pdftotext", "poppler-utils");
  writeFileSync(join(dir, "sample.docx"), await renderDocx(sampleDocument));
  // A private profile, so parallel runs do not fight over one; judge by the output file,
  // as soffice can exit 0 without converting.
  const profile = `-env:UserInstallation=file://${join(dir, "profile")}`;
  execFileSync(
    "soffice",
    [profile, "--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, "sample.docx")],
    {
      stdio: "ignore",
      timeout: 60_000,
    },
  );
  if (existsSync(pdf))
    text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("LibreOffice", () => {
  it("converts the DOCX to a non-empty PDF", () => {
    expect(existsSync(pdf)).toBe(true);
    expect(statSync(pdf).size).toBeGreaterThan(1000);
  });

  it("prints the parties, headings, hostile text and page numbers", () => {
    for (const expected of [
      "Jane Doe Writing",
      "Acme & Sons <Ltd>",
      "1. What I will do",
      "1.1 What is not included",
      "<script>alert(1)</script> | pipe",
      "Max Mustermann",
      "Page 1 of 3",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("numbers the nested ordered list", () => {
    expect(text).toMatch(/a\.\s+First round within 3 days/);
    expect(text).toMatch(/b\.\s+Second round within 2 days/);
  });
});
