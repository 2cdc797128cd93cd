import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { layOut, type Built, type LayoutTask } from "./layout.js";
import { sha256, type Manifest } from "./manifest.js";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const built: Built = {
  id: "acme-blog",
  issuedOn: "2027-03-01",
  files: [
    { path: "proposal.md", bytes: bytes("# Proposal\n") },
    { path: "contract.md", bytes: bytes("# Contract\n") },
  ],
  diagnostics: [
    { severity: "warning", code: "no-deposit", pointer: "/fees", message: "no deposit" },
  ],
};
const task = (layout: LayoutTask["layout"]): LayoutTask => ({
  name: "../engagements/acme.json",
  inputSha256: "ab".repeat(32),
  layout,
  toolVersion: "9.9.9",
});

describe("layOut", () => {
  it("puts build files under <id>/", () => {
    expect(layOut(task("files"), built).map((file) => file.path)).toEqual([
      "acme-blog/proposal.md",
      "acme-blog/contract.md",
    ]);
  });

  it("writes a folder packet with the manifest last", () => {
    const files = layOut(task("folder"), built);
    expect(files.map((file) => file.path)).toEqual([
      "acme-blog/proposal.md",
      "acme-blog/contract.md",
      "acme-blog/manifest.json",
    ]);
  });

  it("zips the packet with a manifest of versions, hashes and sizes", () => {
    const [zip, ...rest] = layOut(task("zip"), built);
    expect(rest).toEqual([]);
    expect(zip?.path).toBe("acme-blog.zip");
    const entries = unzipSync(zip?.bytes ?? new Uint8Array());
    expect(Object.keys(entries)).toEqual(["contract.md", "manifest.json", "proposal.md"]);
    const manifest = JSON.parse(new TextDecoder().decode(entries["manifest.json"])) as Manifest;
    expect(manifest).toEqual({
      manifestVersion: 1,
      tool: { name: "clausework", version: "9.9.9" },
      engagement: { id: "acme-blog", issuedOn: "2027-03-01" },
      input: { file: "acme.json", sha256: "ab".repeat(32) },
      files: [
        { path: "contract.md", sha256: sha256("# Contract\n"), bytes: 11 },
        { path: "proposal.md", sha256: sha256("# Proposal\n"), bytes: 11 },
      ],
      diagnostics: built.diagnostics,
    });
  });

  it("gives the same zip bytes twice", () => {
    const first = layOut(task("zip"), built)[0]?.bytes;
    const second = layOut(task("zip"), { ...built, files: [...built.files].reverse() })[0]?.bytes;
    expect(first).toEqual(second);
  });

  it("refuses an id that is not a plain file name", () => {
    expect(() => layOut(task("zip"), { ...built, id: "../escape" })).toThrow(
      "is not a safe file name",
    );
  });
});
