import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { deterministicZip, zipTimestamp } from "./zip.js";
import { tempFolder } from "../../test/support/temp-folder.js";

const text = (value: string): Uint8Array => new TextEncoder().encode(value);
const entries = [
  { path: "manifest.json", bytes: text("{}\n") },
  { path: "contract.pdf", bytes: Uint8Array.from([37, 80, 68, 70]) },
  { path: "contract.md", bytes: text("# Contract\n".repeat(50)) },
];

const originalZone = process.env["TZ"];
afterEach(() => {
  if (originalZone === undefined) delete process.env["TZ"];
  else process.env["TZ"] = originalZone;
});

describe("deterministicZip", () => {
  it("gives the same bytes in any time zone and any entry order", () => {
    process.env["TZ"] = "Pacific/Kiritimati";
    const east = deterministicZip(entries, "2027-03-28");
    process.env["TZ"] = "America/Los_Angeles";
    const west = deterministicZip([...entries].reverse(), "2027-03-28");
    expect(Buffer.from(west).equals(Buffer.from(east))).toBe(true);
  });

  it("sorts entries and round-trips their bytes", () => {
    const unzipped = unzipSync(deterministicZip(entries, "2027-03-28"));
    expect(Object.keys(unzipped)).toEqual(["contract.md", "contract.pdf", "manifest.json"]);
    for (const entry of entries) expect(unzipped[entry.path]).toEqual(entry.bytes);
  });

  it("stamps every entry with the issue date at noon", () => {
    const folder = tempFolder("zip");
    writeFileSync(join(folder, "p.zip"), deterministicZip(entries, "2027-03-28"));
    const listing = spawnSync("unzip", ["-l", join(folder, "p.zip")], { encoding: "utf8" });
    if (listing.error !== undefined) throw new Error("unzip is missing: apt-get install unzip");
    const dated = listing.stdout.split("\n").filter((line) => line.includes("2027-03-28 12:00"));
    expect(dated).toHaveLength(3);
  });

  it("clamps dates DOS time cannot hold", () => {
    expect(zipTimestamp("1970-01-01").getFullYear()).toBe(1980);
    expect(zipTimestamp("2150-06-01").getFullYear()).toBe(2099);
    expect(zipTimestamp("2027-12-31").getDate()).toBe(31);
  });

  it("refuses two entries with one path", () => {
    expect(() => deterministicZip([entries[0]!, entries[0]!], "2027-01-01")).toThrow(
      "duplicate entry manifest.json",
    );
  });
});
