import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main } from "./main.js";
import { memoryIo, run } from "./test-io.js";

const version = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  }
).version;

describe("main", () => {
  it("prints help with examples and exits 0", async () => {
    const { code, stdout, stderr } = await run(["--help"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("Usage: clausework [options] [command]");
    expect(stdout).toMatch(/^ {2}validate \[options\] <files\.\.\.>/m);
    expect(stdout).toMatch(/^ {2}schema /m);
    expect(stdout).toContain("$ clausework validate examples/engagements/*.json");
    expect(stdout).toContain("Exit codes: 0 success, 1 invalid input, 2 usage or file errors");
  });

  it("prints the help of one command with its own examples", async () => {
    const { code, stdout } = await run(["validate", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: clausework validate [options] <files...>");
    expect(stdout).toContain("--json");
    expect(stdout).toContain("$ clausework validate - < engagement.json");
  });

  it("prints the version from package.json", async () => {
    for (const flag of ["--version", "-V"]) {
      const { code, stdout } = await run([flag]);
      expect(code).toBe(0);
      expect(stdout).toBe(`${version}\n`);
    }
  });

  it("shows the help on stderr and exits 2 without a command", async () => {
    const { code, stdout, stderr } = await run([]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Usage: clausework [options] [command]");
  });

  it("exits 2 with one line and a pointer to --help on an unknown command", async () => {
    const { code, stderr } = await run(["valdate", "x.json"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^clausework: unknown command 'valdate'/);
    expect(stderr).toContain("(Did you mean validate?)");
    expect(stderr).toContain("(run 'clausework --help' for usage)");
  });

  it("exits 2 on an unknown option, pointing at that command's help", async () => {
    const { code, stderr } = await run(["validate", "--yaml", "x.json"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^clausework: unknown option '--yaml'/);
    expect(stderr).toContain("(run 'clausework validate --help' for usage)");
  });

  it("prints a command's help for `help <command>`", async () => {
    const { code, stdout } = await run(["help", "packet"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: clausework packet \[options\] <paths\.\.\.>/);
  });

  it("exits 2 when validate gets no file", async () => {
    const { code, stderr } = await run(["validate"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^clausework: missing required argument 'files'/);
  });

  it("reports an unexpected failure in one line and exits 70", async () => {
    const { io, result } = memoryIo();
    const broken = { ...io, stdout: { write: (): never => failWrite() } };
    const code = await main(["schema"], broken);
    expect(code).toBe(70);
    expect(result().stderr).toBe(
      "clausework: internal error: stdout is gone (set CLAUSEWORK_DEBUG=1 to see where; please report it)\n",
    );
  });

  it("adds the stack trace only under CLAUSEWORK_DEBUG=1", async () => {
    const { io, result } = memoryIo({ env: { CLAUSEWORK_DEBUG: "1" } });
    const broken = { ...io, stdout: { write: (): never => failWrite() } };
    expect(await main(["schema"], broken)).toBe(70);
    const lines = result().stderr.split("\n");
    expect(lines[0]).toBe("clausework: internal error: stdout is gone");
    expect(lines[1]).toBe("Error: stdout is gone");
    expect(lines[2]).toMatch(/^ {4}at /);
  });
});

function failWrite(): never {
  throw new Error("stdout is gone");
}
