import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../errors.js";
import { findInputs } from "./find-inputs.js";
import { tempFolder } from "../../test/support/temp-folder.js";

function tree(): string {
  const root = tempFolder("find");
  for (const folder of ["work/b", "work/node_modules/x", "work/.git", "work/out/p"]) {
    mkdirSync(join(root, folder), { recursive: true });
  }
  for (const file of [
    "work/z.json",
    "work/a.json",
    "work/notes.txt",
    "work/b/c.json",
    "work/B.json",
    "work/node_modules/x/package.json",
    "work/.git/config.json",
    "work/out/p/manifest.json",
    "work/engagement.schema.json",
    "work/package.json",
    "work/b/manifest.json",
    "work/tsconfig-base.json",
    "work/.eslintrc.json",
  ]) {
    writeFileSync(join(root, file), "{}");
  }
  return root;
}

describe("findInputs", () => {
  it("expands folders to sorted *.json, skipping node_modules, hidden folders, the output and non-engagements", async () => {
    const cwd = tree();
    expect(await findInputs(["work"], cwd, "work/out")).toEqual([
      join("work", "B.json"),
      join("work", "a.json"),
      join("work", "b", "c.json"),
      join("work", "z.json"),
    ]);
  });

  it("keeps files in argument order, each once, and passes missing paths through", async () => {
    const cwd = tree();
    expect(await findInputs(["work/z.json", "missing.json", "work/b", "work/z.json"], cwd)).toEqual(
      [join("work", "z.json"), "missing.json", join("work", "b", "c.json")],
    );
  });

  it("shows each path as typed: absolute, with ./ or ../, the first spelling of a file", async () => {
    const cwd = tree();
    const absolute = join(cwd, "work", "b");
    expect(
      await findInputs([absolute, "./work/z.json", "work/b/c.json", "work/z.json"], cwd),
    ).toEqual([join(absolute, "c.json"), "./work/z.json"]);
    expect(await findInputs(["../../work/b/"], join(cwd, "work", "b"))).toEqual([
      join("..", "..", "work", "b", "c.json"),
    ]);
  });

  it.runIf(process.platform !== "win32")("leaves a named pipe in a folder alone", async () => {
    const cwd = tree();
    execFileSync("mkfifo", [join(cwd, "work", "b", "pipe.json")]);
    expect(await findInputs(["work/b"], cwd)).toEqual([join("work", "b", "c.json")]);
  });

  it("refuses an input folder that is the output folder or inside it", async () => {
    const cwd = tree();
    await expect(findInputs(["work"], cwd, "work")).rejects.toThrow(
      "the folder 'work' is the output folder or inside it; give --out another folder",
    );
    await expect(findInputs(["work/b"], cwd, "work")).rejects.toThrow(UserError);
    expect(await findInputs(["work/b"], cwd, "work/bb")).toEqual([join("work", "b", "c.json")]);
  });

  it("reads a schema or package file named on the command line, like any file", async () => {
    const cwd = tree();
    expect(await findInputs(["work/engagement.schema.json", "work/package.json"], cwd)).toEqual([
      "work/engagement.schema.json",
      "work/package.json",
    ]);
  });
});
