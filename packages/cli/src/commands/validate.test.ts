import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatDiagnostic, validate } from "@clausework/schema";
import { describe, expect, it } from "vitest";
import { packageDirectory, run } from "../test-io.js";
import { tempFolder } from "../../test/support/temp-folder.js";

const valid = "test/fixtures/minimal.json";
const invalid = "test/fixtures/invalid.json";
const read = (file: string): string => readFileSync(join(packageDirectory, file), "utf8");

// The diagnostics the library reports for a file, as the CLI must print them.
function expectedLines(file: string, name = file): string[] {
  return validate(read(file), { fileName: name }).diagnostics.flatMap((diagnostic) => [
    formatDiagnostic(diagnostic, name),
    ...(diagnostic.hint === undefined ? [] : [`    hint: ${diagnostic.hint}`]),
  ]);
}

describe("clausework validate", () => {
  it("exits 0 and prints only the summary for a valid file", async () => {
    const { code, stdout, stderr } = await run(["validate", valid]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toBe("1 file checked: 1 valid, 0 invalid\n");
  });

  it("refuses a second file with an id the first already has, as packet does", async () => {
    // The same file named twice (overlapping globs) is one file, checked once.
    const { code, stdout } = await run(["validate", valid, `./${valid}`]);
    expect(code).toBe(0);
    const folder = tempFolder("cli");
    const text = read(valid);
    writeFileSync(join(folder, "a.json"), text);
    writeFileSync(join(folder, "b.json"), text);
    const twice = await run(["validate", "a.json", "b.json"], { cwd: folder });
    expect(twice.code).toBe(1);
    expect(twice.stdout).toMatch(
      /^b\.json {2}error {2}\/id {2}the id "minimal-logo" is also the id of a\.json, .+\(DUPLICATE_ID\)$/m,
    );
    expect(twice.stdout).toContain("2 files checked: 1 valid, 1 invalid");
    expect(stdout).toBe("1 file checked: 1 valid, 0 invalid\n");
  });

  it("lists a file it cannot read in --json too, in the order given", async () => {
    const { code, stdout } = await run(["validate", "--json", valid, "x.json"]);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual([
      { file: valid, ok: true, diagnostics: [] },
      {
        file: "x.json",
        ok: false,
        diagnostics: [
          {
            severity: "error",
            code: "UNREADABLE",
            pointer: "",
            message: "cannot read the file: no such file",
          },
        ],
      },
    ]);
  });

  it("exits 1 and prints each diagnostic with its hint for an invalid file", async () => {
    const { code, stdout, stderr } = await run(["validate", invalid]);
    expect(code).toBe(1);
    expect(stderr).toBe("");
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toEqual([...expectedLines(invalid), "1 file checked: 0 valid, 1 invalid"]);
    expect(lines).toContain("    hint: did you mean 'netDays'?");
    expect(lines[0]).toMatch(
      /^test\/fixtures\/invalid\.json:15:\d+ {2}error {2}\/fees\/deposit\/percent {2}.+ \([A-Z_]+\)$/,
    );
  });

  it("checks every file once and counts them in the summary", async () => {
    const { code, stdout } = await run(["validate", valid, invalid, valid]);
    expect(code).toBe(1);
    expect(stdout.endsWith("\n2 files checked: 1 valid, 1 invalid\n")).toBe(true);
  });

  it("prints [{ file, ok, diagnostics }] with --json", async () => {
    const { code, stdout } = await run(["validate", "--json", valid, invalid]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([
      { file: valid, ok: true, diagnostics: [] },
      {
        file: invalid,
        ok: false,
        diagnostics: validate(read(invalid), { fileName: invalid }).diagnostics,
      },
    ]);
  });

  it("reads standard input for -", async () => {
    const { code, stdout } = await run(["validate", "-"], { stdin: read(invalid) });
    expect(code).toBe(1);
    expect(stdout.split("\n")[0]).toBe(expectedLines(invalid, "<stdin>")[0]);
    const json = await run(["validate", "--json", "-"], { stdin: read(valid) });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([{ file: "<stdin>", ok: true, diagnostics: [] }]);
  });

  it("exits 2 naming a missing file, and still checks the others", async () => {
    const { code, stdout, stderr } = await run(["validate", "x.json", valid]);
    expect(code).toBe(2);
    expect(stderr).toBe("clausework: cannot read 'x.json': no such file\n");
    expect(stdout).toBe("1 file checked: 1 valid, 0 invalid\n");
  });

  it("exits 2 for a directory, a file that is not UTF-8, and - given twice", async () => {
    const folder = tempFolder("cli");
    writeFileSync(join(folder, "latin1.json"), Uint8Array.from([0x7b, 0xe9, 0x7d]));
    const directory = await run(["validate", "."], { cwd: folder });
    expect(directory).toMatchObject({
      code: 2,
      stderr: "clausework: cannot read '.': is a directory\n",
    });
    const latin1 = await run(["validate", "latin1.json"], { cwd: folder });
    expect(latin1.code).toBe(2);
    expect(latin1.stderr).toBe(
      "clausework: cannot read 'latin1.json': not UTF-8 text (save the file as UTF-8)\n",
    );
    const twice = await run(["validate", "-", "-"], { stdin: "{}" });
    expect(twice).toMatchObject({
      code: 2,
      stdout: "",
      stderr: "clausework: '-' (standard input) can be given only once\n",
    });
  });

  it("colours only a terminal without NO_COLOR", async () => {
    const colored = await run(["validate", invalid], { tty: true });
    expect(colored.stdout).toContain("\u001b[31merror\u001b[39m");
    expect(colored.stdout).toContain("\u001b[31m1 file checked: 0 valid, 1 invalid\u001b[39m");
    const noColor = await run(["validate", invalid], { tty: true, env: { NO_COLOR: "1" } });
    expect(noColor.stdout).not.toContain("\u001b[");
    const piped = await run(["validate", invalid], { tty: false });
    expect(piped.stdout).not.toContain("\u001b[");
    expect(noColor.stdout).toBe(piped.stdout);
  });
});
