// The real binary in a child process: shebang-free entry through tsx, with
// workspace packages resolved from their sources so no build is needed.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageDirectory = fileURLToPath(new URL("..", import.meta.url));
const examples = "../../examples/engagements";

function clausework(args: readonly string[], input?: string) {
  const result = spawnSync(
    process.execPath,
    ["--conditions=source", "--import", "tsx", "src/bin.ts", ...args],
    {
      cwd: packageDirectory,
      input,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", CLAUSEWORK_DEBUG: undefined },
      timeout: 20_000,
    },
  );
  if (result.error !== undefined) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("clausework binary", () => {
  it("validates every bundled example and exits 0", () => {
    const files = readdirSync(join(packageDirectory, examples))
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => `${examples}/${name}`);
    expect(files.length).toBeGreaterThanOrEqual(4);
    const { code, stdout, stderr } = clausework(["validate", ...files]);
    expect(stderr).toBe("");
    expect(stdout).toBe(`${files.length} files checked: ${files.length} valid, 0 invalid\n`);
    expect(code).toBe(0);
  });

  it("exits 1 with the formatted diagnostic for an invalid file", () => {
    const { code, stdout } = clausework(["validate", "test/fixtures/invalid.json"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^test\/fixtures\/invalid\.json:15:\d+ {2}error {2}\/fees\/deposit\/percent {2}.+ \([A-Z_]+\)$/m,
    );
    expect(stdout).toContain("\n    hint: did you mean 'netDays'?\n");
    expect(stdout.endsWith("1 file checked: 0 valid, 1 invalid\n")).toBe(true);
  });

  it("reads standard input for -", () => {
    const text = readFileSync(new URL("fixtures/minimal.json", import.meta.url), "utf8");
    const { code, stdout } = clausework(["validate", "--json", "-"], text);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([{ file: "<stdin>", ok: true, diagnostics: [] }]);
  });

  it("exits 2 for a missing file without a stack trace", () => {
    const { code, stdout, stderr } = clausework(["validate", "x.json"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("clausework: cannot read 'x.json': no such file\n");
  });
});
