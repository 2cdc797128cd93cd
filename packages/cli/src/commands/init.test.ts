import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { validate } from "@clausework/schema";
import { describe, expect, it } from "vitest";
import { run } from "../test-io.js";
import { tempFolder } from "../../test/support/temp-folder.js";

const folder = (): string => tempFolder("init");

describe("clausework init", () => {
  it("writes a starter that validates, lints clean and builds, and prints next steps", async () => {
    const cwd = folder();
    const { code, stdout } = await run(["init", "--date", "2027-05-03"], { cwd });
    expect(code).toBe(0);
    expect(stdout).toContain("Wrote engagement.json, a starter engagement that already builds.");
    expect(stdout).toContain("clausework build engagement.json --out out");
    const text = readFileSync(join(cwd, "engagement.json"), "utf8");
    const value = JSON.parse(text) as Record<string, unknown>;
    expect(value).toMatchObject({
      $schema: "https://clausework.dev/schemas/engagement.schema.json",
      issuedOn: "2027-05-03",
      schedule: { startDate: "2027-05-17" },
      freelancer: { businessName: "Your business name" },
    });
    expect(validate(text).diagnostics).toEqual([]);
    expect(await run(["lint", "--strict", "engagement.json"], { cwd })).toMatchObject({ code: 0 });
    const build = await run(["build", "engagement.json", "--out", "out", "--format", "md"], {
      cwd,
    });
    expect(build.code).toBe(0);
    expect(readFileSync(join(cwd, "out", "my-first-engagement", "contract.md"), "utf8")).toContain(
      "Your business name",
    );
  });

  it("writes to the path given, creating folders", async () => {
    const cwd = folder();
    expect((await run(["init", "clients/acme.json"], { cwd })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, "clients", "acme.json"), "utf8"))).toMatchObject({
      id: "acme",
    });
  });

  it("names each starter's id after its file, so two starters make two packets", async () => {
    const cwd = folder();
    for (const name of ["Acme Ltd.json", "beta.json"]) {
      expect((await run(["init", join("clients", name)], { cwd })).code).toBe(0);
    }
    const args = ["packet", "clients", "--out", "p", "--format", "md", "--jobs", "1"];
    const { code, stderr } = await run(args, { cwd });
    expect(stderr).toMatch(/^2 built, 0 failed/m);
    expect(code).toBe(0);
    expect(readdirSync(join(cwd, "p")).sort()).toEqual(["acme-ltd.zip", "beta.zip"]);
  });

  it("keeps accented letters in the id, without their accents", async () => {
    const cwd = folder();
    for (const [name, id] of [
      ["Müller.json", "muller"],
      ["Café Zoë.json", "cafe-zoe"],
      ["ﬁne.json", "fine"],
    ]) {
      expect((await run(["init", name ?? ""], { cwd })).code).toBe(0);
      expect(JSON.parse(readFileSync(join(cwd, name ?? ""), "utf8"))).toMatchObject({ id });
    }
  });

  it("prints the starter on standard output for -, and writes no file", async () => {
    const cwd = folder();
    const { code, stdout } = await run(["init", "-", "--date", "2027-05-03"], { cwd });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ id: "my-first-engagement", issuedOn: "2027-05-03" });
    expect(readdirSync(cwd)).toEqual([]);
    expect((await run(["validate", "-"], { cwd, stdin: stdout })).code).toBe(0);
  });

  it("refuses to overwrite a file unless --force", async () => {
    const cwd = folder();
    writeFileSync(join(cwd, "engagement.json"), "mine");
    const refused = await run(["init"], { cwd });
    expect(refused).toMatchObject({
      code: 2,
      stdout: "",
      stderr: "clausework: engagement.json exists; pass --force to overwrite it\n",
    });
    expect(readFileSync(join(cwd, "engagement.json"), "utf8")).toBe("mine");
    expect((await run(["init", "--force"], { cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, "engagement.json"), "utf8")).toContain('"$schema"');
  });

  it("says what is in the way when the path cannot be written, and leaves nothing", async () => {
    const cwd = folder();
    writeFileSync(join(cwd, "notes"), "mine");
    mkdirSync(join(cwd, "clients"));
    expect(await run(["init", "notes/acme.json"], { cwd })).toMatchObject({
      code: 2,
      stderr:
        "clausework: cannot write 'notes/acme.json': a file is in the way of the output folder\n",
    });
    expect(await run(["init", "clients", "--force"], { cwd })).toMatchObject({
      code: 2,
      stderr: "clausework: cannot write 'clients': a folder is in the way\n",
    });
    expect(readdirSync(cwd).sort()).toEqual(["clients", "notes"]);
    expect(readdirSync(join(cwd, "clients"))).toEqual([]);
  });
});
