import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../errors.js";
import { findInputs } from "./find-inputs.js";
import { tempFolder } from "../../test/support/temp-folder.js";

function tree(): string {
  const root = tempFolder("find");
  for (const folder of ["clients/b", "clients/node_modules/x", "clients/.git", "clients/out/p"]) {
    mkdirSync(join(root, folder), { recursive: true });
  }
  for (const file of [
    "clients/z.json",
    "clients/a.json",
    "clients/notes.txt",
    "clients/b/c.json",
    "clients/B.json",
    "clients/node_modules/x/package.json",
    "clients/.git/config.json",
    "clients/out/p/manifest.json",
    "clients/engagement.schema.json",
    "clients/package.json",
    "clients/b/manifest.json",
    "clients/tsconfig-base.json",
    "clients/.eslintrc.json",
  ]) {
    writeFileSync(join(root, file), "{}");
  }
  return root;
}

describe("findInputs", () => {
  it("expands folders to sorted *.json, skipping node_modules, hidden folders, the output and non-engagements", async () => {
    const cwd = tree();
    expect(await findInputs(["clients"], cwd, "clients/out")).toEqual([
      join("clients", "B.json"),
      join("clients", "a.json"),
      join("clients", "b", "c.json"),
      join("clients", "z.json"),
    ]);
  });

  it("keeps files in argument order, each once, and passes missing paths through", async () => {
    const cwd = tree();
    expect(
      await findInputs(["clients/z.json", "missing.json", "clients/b", "clients/z.json"], cwd),
    ).toEqual([join("clients", "z.json"), "missing.json", join("clients", "b", "c.json")]);
  });

  it("shows each path as typed: absolute, with ./ or ../, the first spelling of a file", async () => {
    const cwd = tree();
    const absolute = join(cwd, "clients", "b");
    expect(
      await findInputs([absolute, "./clients/z.json", "clients/b/c.json", "clients/z.json"], cwd),
    ).toEqual([join(absolute, "c.json"), "./clients/z.json"]);
    expect(await findInputs(["../../clients/b/"], join(cwd, "clients", "b"))).toEqual([
      join("..", "..", "clients", "b", "c.json"),
    ]);
  });

  it.runIf(process.platform !== "win32")("leaves a named pipe in a folder alone", async () => {
    const cwd = tree();
    execFileSync("mkfifo", [join(cwd, "clients", "b", "pipe.json")]);
    expect(await findInputs(["clients/b"], cwd)).toEqual([join("clients", "b", "c.json")]);
  });

  it("refuses an input folder that is the output folder or inside it", async () => {
    const cwd = tree();
    await expect(findInputs(["clients"], cwd, "clients")).rejects.toThrow(
      "the folder 'clients' is the output folder or inside it; give --out another folder",
    );
    await expect(findInputs(["clients/b"], cwd, "clients")).rejects.toThrow(UserError);
    expect(await findInputs(["clients/b"], cwd, "clients/bb")).toEqual([
      join("clients", "b", "c.json"),
    ]);
  });

  it("reads a schema or package file named on the command line, like any file", async () => {
    const cwd = tree();
    expect(
      await findInputs(["clients/engagement.schema.json", "clients/package.json"], cwd),
    ).toEqual(["clients/engagement.schema.json", "clients/package.json"]);
  });
});
