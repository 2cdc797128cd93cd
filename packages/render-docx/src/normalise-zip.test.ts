import { describe, expect, it } from "vitest";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { normaliseZip } from "./normalise-zip.js";

const rels = (ids: string[]) =>
  `<Relationships>${ids.map((id) => `<Relationship Id="${id}" Target="x"/>`).join("")}</Relationships>`;

function packed(): Uint8Array {
  return zipSync({
    "word/document.xml": strToU8('<w:hyperlink r:id="rIdk3j_x-9"/><w:hyperlink r:id="rIdabc"/>'),
    "word/_rels/document.xml.rels": strToU8(rels(["rId1", "rIdk3j_x-9", "rIdabc"])),
    "docProps/core.xml": strToU8(
      '<cp><dcterms:created xsi:type="dcterms:W3CDTF">2026-11-27T03:01:16.449Z</dcterms:created>' +
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-27T03:01:16.449Z</dcterms:modified></cp>',
    ),
    "_rels/.rels": strToU8(rels(["rId1"])),
    "[Content_Types].xml": strToU8("<Types/>"),
  });
}

describe("normaliseZip", () => {
  it("puts [Content_Types].xml first, then the root rels, then parts by path", () => {
    const names = Object.keys(unzipSync(normaliseZip(packed(), "2027-01-15")));
    expect(names).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "docProps/core.xml",
      "word/_rels/document.xml.rels",
      "word/document.xml",
    ]);
  });

  it("dates core properties from the issue date", () => {
    const core = strFromU8(
      unzipSync(normaliseZip(packed(), "2027-01-15"))["docProps/core.xml"] ?? new Uint8Array(),
    );
    expect(core).toContain(">2027-01-15T00:00:00Z</dcterms:created>");
    expect(core).toContain(">2027-01-15T00:00:00Z</dcterms:modified>");
    expect(core).not.toContain("2026");
  });

  it("replaces random relationship ids with derived ones everywhere they occur", () => {
    const files = unzipSync(normaliseZip(packed(), "2027-01-15"));
    const text = (path: string) => strFromU8(files[path] ?? new Uint8Array());
    expect(text("word/_rels/document.xml.rels")).toBe(rels(["rId1", "rIdL1", "rIdL2"]));
    expect(text("word/document.xml")).toBe(
      '<w:hyperlink r:id="rIdL1"/><w:hyperlink r:id="rIdL2"/>',
    );
  });

  it("stamps every entry with noon on the issue date, whatever the time zone", () => {
    const previous = process.env["TZ"];
    try {
      const outputs = ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"].map((zone) => {
        process.env["TZ"] = zone;
        return normaliseZip(packed(), "2027-01-15");
      });
      expect(outputs[1]).toEqual(outputs[0]);
      expect(outputs[2]).toEqual(outputs[0]);
      // DOS date of the first local header (offset 12): (2027-1980)<<9 | 1<<5 | 15.
      const view = new DataView(outputs[0]?.buffer ?? new ArrayBuffer(0));
      expect(view.getUint16(12, true)).toBe((47 << 9) | (1 << 5) | 15);
      expect(view.getUint16(10, true)).toBe(12 << 11);
    } finally {
      if (previous === undefined) delete process.env["TZ"];
      else process.env["TZ"] = previous;
    }
  });

  it("refuses an issue date that is not an ISO date", () => {
    expect(() => normaliseZip(packed(), "15/01/2027")).toThrow("meta.issuedOn");
  });
});
