import { existsSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeFolder, NO_FOLDER_HERE } from "./make-folder.js";
import { tempFolder } from "../../test/support/temp-folder.js";

describe("makeFolder", () => {
  it("makes the folder and its missing parents, and accepts one that exists", async () => {
    const root = tempFolder("folder");
    await expect(makeFolder(join(root, "a", "b", "c"))).resolves.toEqual([
      join(root, "a"),
      join(root, "a", "b"),
      join(root, "a", "b", "c"),
    ]);
    expect(statSync(join(root, "a", "b", "c")).isDirectory()).toBe(true);
    await expect(makeFolder(join(root, "a", "b"))).resolves.toEqual([]);
  });

  it("fails with ENOTDIR when a file is in the way", async () => {
    const root = tempFolder("folder");
    writeFileSync(join(root, "a"), "");
    await expect(makeFolder(join(root, "a", "b"))).rejects.toMatchObject({ code: "ENOTDIR" });
    expect(existsSync(join(root, "a", "b"))).toBe(false);
  });

  // Node 20's mkdir({ recursive: true }) never returns here.
  it.runIf(process.platform === "linux")(
    "fails, and returns, where the file system refuses new folders (/proc)",
    async () => {
      await expect(makeFolder("/proc/clausework-out/packets")).rejects.toMatchObject({
        code: NO_FOLDER_HERE,
      });
    },
  );
});
