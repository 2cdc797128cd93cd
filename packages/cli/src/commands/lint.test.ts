import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageDirectory, run } from "../test-io.js";
import { tempFolder } from "../../test/support/temp-folder.js";

const minimal = "test/fixtures/minimal.json";
const invalid = "test/fixtures/invalid.json";
const example = "../../examples/engagements/web-design.json";

describe("clausework lint", () => {
  it("prints advice as file  warning  /pointer  message (code) and exits 0", async () => {
    const { code, stdout, stderr } = await run(["lint", minimal]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toContain(
      "test/fixtures/minimal.json  warning  /fees/lateFee  There is no late fee. A late fee written into the contract from day one makes reminders automatic and never personal. (no-late-fee)",
    );
    expect(lines).toContain(
      '    hint: Add "lateFee": { "percent": 2, "per": "month", "graceDays": 7 }, or a fixed amount per invoice.',
    );
    expect(lines.at(-1)).toMatch(/^1 file linted: 0 errors, [1-9]\d* warnings, \d+ notes?$/);
  });

  it("is quiet about a clean example", async () => {
    const { code, stdout } = await run(["lint", example]);
    expect(code).toBe(0);
    expect(stdout).toBe("1 file linted: 0 errors, 0 warnings, 0 notes\n");
  });

  it("fails on warnings with --strict, showing them as errors", async () => {
    const { code, stdout } = await run(["lint", "--strict", minimal, example]);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^test\/fixtures\/minimal\.json {2}error {2}\/fees\/lateFee {2}.+\(no-late-fee\)$/m,
    );
    expect(stdout).not.toMatch(/ {2}warning {2}/);
  });

  it("fails with --strict on the validator's warnings too, not only on advice", async () => {
    const engagement = JSON.parse(readFileSync(join(packageDirectory, example), "utf8")) as {
      client: { name: string };
    };
    engagement.client.name = "Saltmarsh\nCeramics";
    const stdin = JSON.stringify(engagement);
    const plain = await run(["lint", "-"], { stdin });
    expect(plain.stdout).toMatch(
      /^<stdin>:\d+:\d+ {2}warning {2}\/client\/name .+\(LINE_BREAK\)$/m,
    );
    expect(plain.code).toBe(0);
    const strict = await run(["lint", "--strict", "-"], { stdin });
    expect(strict.stdout).toMatch(/^<stdin>:\d+:\d+ {2}error {2}\/client\/name .+\(LINE_BREAK\)$/m);
    expect(strict.code).toBe(1);
  });

  it("fails with --strict on a warning in a clause file of --clauses", async () => {
    const folder = tempFolder("lint-clauses");
    writeFileSync(
      join(folder, "hosting.md"),
      '---\nid: hosting\ntitle: "Hosting\\nand domains"\ndocuments: [contract]\n---\n\nThe client pays for hosting.\n',
    );
    const args = ["lint", "--clauses", folder, example];
    expect((await run(args)).code).toBe(0);
    const strict = await run([...args, "--strict"]);
    expect(strict.stdout).toMatch(/hosting\.md:3:\d+ {2}error {2}\/title .+\(LINE_BREAK\)$/m);
    expect(strict.code).toBe(1);
  });

  it("exits 1 with the validation diagnostics of an invalid input", async () => {
    const { code, stdout } = await run(["lint", invalid]);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^test\/fixtures\/invalid\.json:15:\d+ {2}error {2}\/fees\/deposit\/percent /m,
    );
    expect(stdout.trimEnd().split("\n").at(-1)).toBe(
      "1 file linted: 2 errors, 0 warnings, 0 notes",
    );
  });

  it("prints [{ file, ok, diagnostics }] with --json and reads standard input", async () => {
    const text = readFileSync(join(packageDirectory, minimal), "utf8");
    const { code, stdout } = await run(["lint", "--json", "-"], { stdin: text });
    expect(code).toBe(0);
    const [report, ...rest] = JSON.parse(stdout) as {
      file: string;
      ok: boolean;
      diagnostics: { code: string }[];
    }[];
    expect(rest).toEqual([]);
    expect(report).toMatchObject({ file: "<stdin>", ok: true });
    expect(report?.diagnostics.map((d) => d.code)).toContain("no-deposit");
  });

  it("exits 2 for a file it cannot read", async () => {
    const { code, stderr } = await run(["lint", "missing.json", example]);
    expect(code).toBe(2);
    expect(stderr).toBe("clausework: cannot read 'missing.json': no such file\n");
    const json = await run(["lint", "--json", "missing.json"]);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject([
      { file: "missing.json", ok: false, diagnostics: [{ code: "UNREADABLE" }] },
    ]);
  });
});
