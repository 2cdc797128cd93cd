import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isTempFile, WriteFailure, writeFileAtomic, writeFilesAtomic } from "./atomic-write.js";
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

  it("writes a set all or nothing: a folder in the way of one file leaves none of them", async () => {
    const root = folder();
    writeFileSync(join(root, "a.txt"), "old a");
    mkdirSync(join(root, "c.txt"));
    const files = ["a.txt", "b.txt", "c.txt"].map((name) => ({
      path: join(root, name),
      bytes: `new ${name}`,
    }));
    const failure = await writeFilesAtomic(files).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WriteFailure);
    expect(failure).toMatchObject({ path: join(root, "c.txt"), cause: { code: "EISDIR" } });
    expect(readdirSync(root).sort()).toEqual(["a.txt", "c.txt"]);
    expect(readFileSync(join(root, "a.txt"), "utf8")).toBe("old a");

    await expect(writeFilesAtomic(files.slice(0, 2))).resolves.toBe(true);
    expect(readFileSync(join(root, "b.txt"), "utf8")).toBe("new b.txt");
  });

  it("writes nothing of a set when stopped after its temp files are written", async () => {
    const root = folder();
    const files = [{ path: join(root, "x", "a.txt"), bytes: "a" }];
    let asked = 0;
    const stop = () => {
      asked += 1;
      return true;
    };
    await expect(writeFilesAtomic(files, stop)).resolves.toBe(false);
    expect(asked).toBe(1);
    // The folder it made for the set goes too.
    expect(readdirSync(root)).toEqual([]);
  });

  it("removes the folders it made for a set it could not write, and only those", async () => {
    const root = folder();
    // An empty folder that was there before: rmdir would take it, but it is not the set's.
    mkdirSync(join(root, "empty"));
    mkdirSync(join(root, "kept", "c.txt"), { recursive: true });
    const files = [
      { path: join(root, "empty", "new", "deeper", "a.txt"), bytes: "a" },
      { path: join(root, "kept", "c.txt"), bytes: "c" },
    ];
    await expect(writeFilesAtomic(files)).rejects.toBeInstanceOf(WriteFailure);
    expect(readdirSync(root).sort()).toEqual(["empty", "kept"]);
    expect(readdirSync(join(root, "empty"))).toEqual([]);
    expect(readdirSync(join(root, "kept"))).toEqual(["c.txt"]);
  });

  it("reports a rename that fails, and leaves no temp file", async () => {
    const root = folder();
    const files = ["a.txt", "b.txt"].map((name) => ({ path: join(root, name), bytes: name }));
    // A folder with a file in it appears where b.txt goes once the temp files are written.
    const stop = () => {
      mkdirSync(join(root, "b.txt"));
      writeFileSync(join(root, "b.txt", "inside"), "");
      return false;
    };
    await expect(writeFilesAtomic(files, stop)).rejects.toMatchObject({
      path: join(root, "b.txt"),
    });
    expect(readdirSync(root).filter(isTempFile)).toEqual([]);
  });

  it("recognises its temp names", () => {
    expect(isTempFile(".contract.pdf.4242-7.tmp")).toBe(true);
    expect(isTempFile("contract.pdf")).toBe(false);
  });
});
