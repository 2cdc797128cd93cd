import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { examplesDirectory } from "../../test/support/example-copies.js";
import { main } from "../main.js";
import { memoryIo, run } from "../test-io.js";
import { tempFolder } from "../../test/support/temp-folder.js";

async function until(condition: () => boolean, what: string, timeout = 15_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const count = (text: string, part: string): number => text.split(part).length - 1;

describe("clausework watch", () => {
  it("builds at once, again on each save, survives a bad edit, and exits 0 when stopped", async () => {
    const cwd = tempFolder("watch");
    const file = join(cwd, "web.json");
    cpSync(join(examplesDirectory, "web-design.json"), file);
    const original = readFileSync(file, "utf8");
    const output = join(cwd, "out", "saltmarsh-ceramics-website", "contract.md");
    const stop = new AbortController();
    const { io, result } = memoryIo({ cwd, signal: stop.signal });
    const exit = main(
      ["watch", "web.json", "--out", "out", "--doc", "contract", "--format", "md"],
      io,
    );

    await until(
      () => existsSync(output) && result().stderr.includes("watching web.json"),
      "the first build",
    );
    expect(result().stderr).toMatch(
      /^built {3}web\.json → out\/saltmarsh-ceramics-website\/contract\.md\n/,
    );

    writeFileSync(file, original.replace('"id": "saltmarsh', '"id": 42, "x": "saltmarsh'));
    await until(
      () => result().stderr.includes("failed  web.json"),
      "the diagnostics of the bad edit",
    );
    await until(() => count(result().stderr, "watching web.json") >= 2, "the watch to go on");
    expect(result().stderr).toMatch(/^web\.json:\d+:\d+ {2}error {2}\/id {2}/m);

    writeFileSync(
      file,
      original.replace("New website for Saltmarsh Ceramics", "A new shop for Saltmarsh Ceramics"),
    );
    await until(
      () => readFileSync(output, "utf8").includes("A new shop for Saltmarsh Ceramics"),
      "the rebuild",
    );

    stop.abort();
    expect(await exit).toBe(0);
  }, 30_000);

  it("refuses a folder or standard input, which it cannot follow, with exit 2", async () => {
    const cwd = tempFolder("watch");
    for (const [target, message] of [
      [
        ".",
        "clausework: '.' is a folder; watch follows one engagement file (packet builds a folder)\n",
      ],
      ["-", "clausework: watch follows a file; standard input (-) cannot be watched\n"],
    ] as const) {
      const { code, stderr } = await run(["watch", target, "--out", "out"], { cwd });
      expect(stderr).toBe(message);
      expect(code).toBe(2);
    }
    expect(existsSync(join(cwd, "out"))).toBe(false);
  });

  it("refuses --out naming a file, with exit 2, before it starts watching", async () => {
    const cwd = tempFolder("watch");
    const file = join(cwd, "my.json");
    cpSync(join(examplesDirectory, "web-design.json"), file);
    const { code, stderr } = await run(["watch", "my.json", "--out", "my.json"], { cwd });
    expect(stderr).toBe("clausework: --out 'my.json' is a file; give a folder\n");
    expect(code).toBe(2);
  });
});
