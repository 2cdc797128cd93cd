import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isTempFile, writeFileAtomic } from "./atomic-write.js";
import { tempFolder } from "../../test/support/temp-folder.js";

const folder = (): string => tempFolder("atomic");

describe("writeFileAtomic", () => {
  it("creates missing folders and leaves only the target", async () => {
    const root = folder();
    await writeFileAtomic(join(root, "a", "b", "out.txt"), "hello");
    expect(readFileSync(join(root, "a", "b", "out.txt"), "utf8")).toBe("hello");
    expect(readdirSync(join(root, "a", "b"))).toEqual(["out.txt"]);
  });

  it("replaces an existing file whole", async () => {
    const root = folder();
    writeFileSync(join(root, "out.bin"), "old and longer");
    await writeFileAtomic(join(root, "out.bin"), Uint8Array.from([1, 2]));
    expect([...readFileSync(join(root, "out.bin"))]).toEqual([1, 2]);
    expect(readdirSync(root)).toEqual(["out.bin"]);
  });

  it("removes its temp file when the rename fails", async () => {
    const root = folder();
    // A folder in the way makes the rename fail after the temp file was written.
    await writeFileAtomic(join(root, "busy", "inner.txt"), "x");
    await expect(writeFileAtomic(join(root, "busy"), "y")).rejects.toThrow();
    expect(readdirSync(root)).toEqual(["busy"]);
  });

  it("recognises its temp names", () => {
    expect(isTempFile(".contract.pdf.4242-7.tmp")).toBe(true);
    expect(isTempFile("contract.pdf")).toBe(false);
  });
});
