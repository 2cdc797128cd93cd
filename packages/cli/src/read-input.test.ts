import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readInputs } from "./read-input.js";
import { memoryIo } from "./test-io.js";
import { tempFolder } from "../test/support/temp-folder.js";

// The hash covers the bytes as read, byte order mark included, like `sha256sum`.
const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

function folderWith(files: Record<string, string | Uint8Array>): string {
  const folder = tempFolder("read");
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

describe("readInputs", () => {
  it("reads files relative to cwd, in argument order, without a byte order mark", async () => {
    const cwd = folderWith({ "a.json": "\ufeff{}", "b.json": "[]" });
    const inputs = await readInputs(["b.json", "a.json"], memoryIo({ cwd }).io);
    expect(inputs).toEqual([
      { ok: true, name: "b.json", text: "[]", sha256: sha256("[]") },
      { ok: true, name: "a.json", text: "{}", sha256: sha256("\ufeff{}") },
    ]);
  });

  it("reads standard input as <stdin>, from bytes or strings", async () => {
    const bytes = new TextEncoder().encode('{"name":"Zoë"}');
    expect(await readInputs(["-"], memoryIo({ stdin: bytes }).io)).toEqual([
      { ok: true, name: "<stdin>", text: '{"name":"Zoë"}', sha256: sha256('{"name":"Zoë"}') },
    ]);
    expect(await readInputs(["-"], memoryIo({ stdin: "{}" }).io)).toEqual([
      { ok: true, name: "<stdin>", text: "{}", sha256: sha256("{}") },
    ]);
  });

  it("returns failures with a reason instead of throwing", async () => {
    const cwd = folderWith({ "bad.json": Uint8Array.from([0xff, 0xfe, 0x00]), "ok.json": "{}" });
    const inputs = await readInputs(
      ["missing.json", "ok.json/inner", ".", "bad.json"],
      memoryIo({ cwd }).io,
    );
    expect(inputs).toEqual([
      { ok: false, name: "missing.json", reason: "no such file" },
      { ok: false, name: "ok.json/inner", reason: "no such file" },
      { ok: false, name: ".", reason: "is a directory" },
      { ok: false, name: "bad.json", reason: "not UTF-8 text (save the file as UTF-8)" },
    ]);
  });

  it("refuses standard input twice", async () => {
    await expect(readInputs(["-", "-"], memoryIo().io)).rejects.toThrow(
      "'-' (standard input) can be given only once",
    );
  });
});
