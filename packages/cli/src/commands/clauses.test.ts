// --clauses on every command that reads engagements, with the bundled example
// folder (examples/clauses) and with folders that are wrong in each way a user
// could get them wrong.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { examplesDirectory } from "../../test/support/example-copies.js";
import { packetProblems, readPacket } from "../../test/support/check-packet.js";
import { tempFolder } from "../../test/support/temp-folder.js";
import { main } from "../main.js";
import { memoryIo, packageDirectory, run } from "../test-io.js";

const exampleClauses = fileURLToPath(new URL("../../../../examples/clauses/", import.meta.url));
const minimal = "test/fixtures/minimal.json";
const clauseNames = ["accessibility.md", "hosting.md"];

const clauseText = (id: string, template: string, extra = "") =>
  `---\nid: ${id}\ntitle: ${id}\ndocuments: [contract]\n${extra}---\n${template}\n`;

/** A working folder with the example clauses (and more files) under clauses/ and engagements beside them. */
function workspace(extraClauses: Record<string, string> = {}): string {
  const cwd = tempFolder("clauses-cli");
  cpSync(exampleClauses, join(cwd, "clauses"), { recursive: true });
  for (const [name, text] of Object.entries(extraClauses)) {
    writeFileSync(join(cwd, "clauses", name), text);
  }
  cpSync(join(examplesDirectory, "web-design.json"), join(cwd, "web.json"));
  const engagement = JSON.parse(readFileSync(join(cwd, "web.json"), "utf8")) as Record<
    string,
    unknown
  >;
  const hosting = { id: "hosting", title: "Hosting", documents: ["contract"], template: "Hosted." };
  writeFileSync(
    join(cwd, "clash.json"),
    JSON.stringify({ ...engagement, id: "clash", customClauses: [hosting] }),
  );
  return cwd;
}

const noStack = (text: string) => expect(text).not.toMatch(/^\s+at |internal error/m);

describe("--clauses", { timeout: 120_000 }, () => {
  it("is offered by validate, lint, build, packet and watch", async () => {
    for (const command of ["validate", "lint", "build", "packet", "watch"]) {
      const { code, stdout } = await run([command, "--help"]);
      expect(code).toBe(0);
      expect(stdout).toContain("--clauses <dir>");
    }
  });

  it("validate checks the example clause files with the engagements", async () => {
    const { code, stdout, stderr } = await run(["validate", "--clauses", exampleClauses, minimal]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout).toBe("3 files checked: 3 valid, 0 invalid\n");
  });

  it("validate names each bad clause file and line, and the clash with an engagement's own clause", async () => {
    const cwd = workspace({
      "typo.md": clauseText("typo", "Dear {{client.contact.nme}},"),
      "twice.md": clauseText("hosting", "Again."),
    });
    const { code, stdout, stderr } = await run(
      ["validate", "--clauses", "clauses", "web.json", "clash.json"],
      { cwd },
    );
    expect(code).toBe(1);
    expect(stderr).toBe("");
    noStack(stdout);
    expect(stdout.trimEnd().split("\n")).toEqual([
      `clauses/twice.md:2:5  error  /id  the id 'hosting' is also the id of clauses/hosting.md (DUPLICATE_ID)`,
      "    hint: give each clause its own id",
      `clauses/typo.md:6:8  error  /template  custom clause typo: client.contact has no field "nme" (did you mean "name"?) (CUSTOM_CLAUSE_INVALID)`,
      "    hint: custom clauses may print fields of the engagement and use the built-in helpers only",
      "6 files checked: 4 valid, 2 invalid",
    ]);
    // Only with a folder that passes are the engagements checked against it.
    writeFileSync(join(cwd, "clauses", "twice.md"), clauseText("twice", "Again."));
    writeFileSync(join(cwd, "clauses", "typo.md"), clauseText("typo", "Dear {{client.name}},"));
    const again = await run(["validate", "--clauses", "clauses", "web.json", "clash.json"], {
      cwd,
    });
    expect(again.code).toBe(1);
    expect(again.stdout).toContain(
      "clauses/hosting.md:2:5  error  /id  the id 'hosting' is also the id of custom clause 1 in clash.json (/customClauses/0/id) (DUPLICATE_ID)",
    );
    expect(again.stdout).toMatch(/^6 files checked: 5 valid, 1 invalid$/m);
  });

  it("validate --json lists the clause files beside the engagements", async () => {
    const cwd = workspace({ "bad.md": "no front matter" });
    const { code, stdout } = await run(["validate", "--json", "--clauses", "clauses", "web.json"], {
      cwd,
    });
    expect(code).toBe(1);
    const reports = JSON.parse(stdout) as { file: string; ok: boolean }[];
    expect(reports.map((report) => [report.file, report.ok])).toEqual([
      ["clauses/accessibility.md", true],
      ["clauses/bad.md", false],
      ["clauses/hosting.md", true],
      ["web.json", true],
    ]);
  });

  it("build places the example clauses in the documents they name", async () => {
    const cwd = workspace();
    const { code, stderr } = await run(
      [
        "build",
        "web.json",
        "--out",
        "out",
        "--clauses",
        "clauses",
        "--format",
        "md",
        "--jobs",
        "1",
      ],
      { cwd },
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(/^1 built, 0 failed, 0 warnings/m);
    const folder = join(cwd, "out", "saltmarsh-ceramics-website");
    const contract = readFileSync(join(folder, "contract.md"), "utf8");
    const headings = contract.split("\n").filter((line) => line.startsWith("#"));
    const after = (title: string) => headings[headings.findIndex((h) => h.endsWith(title)) + 1];
    expect(after("Deliverables")).toMatch(/^### \d+\.\d+ Accessibility$/);
    // After the whole "Fees and payment" section, not inside it.
    const sections = headings.filter((heading) => heading.startsWith("## "));
    const payment = sections.findIndex((heading) => heading.endsWith("Fees and payment"));
    expect(sections[payment + 1]).toMatch(/^## \d+\. Hosting and domains$/);
    expect(contract).toContain(
      "Saltmarsh Ceramics LLC owns the domain names and hosting accounts the work runs on",
    );
    const proposal = readFileSync(join(folder, "proposal.md"), "utf8");
    expect(proposal).toContain("Accessibility");
    expect(proposal).not.toContain("Hosting and domains");
  });

  it("build refuses a clash with the engagement's own clause and writes nothing", async () => {
    const cwd = workspace();
    const { code, stderr } = await run(
      ["build", "clash.json", "--out", "out", "--clauses", "clauses"],
      {
        cwd,
      },
    );
    expect(code).toBe(1);
    noStack(stderr);
    expect(stderr).toContain(
      "clauses/hosting.md:2:5  error  /id  the id 'hosting' is also the id of custom clause 1 in clash.json (/customClauses/0/id) (DUPLICATE_ID)",
    );
    expect(existsSync(join(cwd, "out"))).toBe(false);
  });

  it("build reports a clause that reads a field the engagement lacks at the clause file's line", async () => {
    const cwd = workspace({
      "contact.md": clauseText("contact", "Write to\n{{freelancer.email}}."),
    });
    cpSync(join(packageDirectory, minimal), join(cwd, "minimal.json"));
    const { code, stderr } = await run(
      ["build", "minimal.json", "--out", "out", "--clauses", "clauses", "--format", "md"],
      { cwd },
    );
    expect(code).toBe(1);
    noStack(stderr);
    expect(stderr).toContain(
      "clauses/contact.md:7:3  error  /template  custom clause contact: this engagement has no freelancer.email (CUSTOM_CLAUSE_INVALID)",
    );
    expect(stderr).toContain(
      "    hint: add freelancer.email to the engagement, or print this inside {{#if freelancer.email}}…{{/if}}",
    );
    expect(existsSync(join(cwd, "out"))).toBe(false);
  });

  it("build and packet build nothing when a clause file is wrong, and say which", async () => {
    const cwd = workspace({
      "bad.md": "---\nid: bad\ntitle: Bad\ndocuments: [contract]\nwhen: x\n---\nx\n",
    });
    for (const command of ["build", "packet"]) {
      const { code, stderr } = await run(
        [command, "web.json", "--out", "out", "--clauses", "clauses"],
        {
          cwd,
        },
      );
      expect(code).toBe(1);
      noStack(stderr);
      expect(stderr.split("\n").slice(0, 3)).toEqual([
        "failed  clauses/bad.md",
        "clauses/bad.md:5:1  error  /when  unknown key 'when' (UNKNOWN_KEY)",
        "    hint: custom clauses have no `when`: put {{#if …}}…{{/if}} around the text instead",
      ]);
      expect(stderr).toMatch(/^0 built, 1 failed, 0 warnings in \d+\.\d s; 1 not built$/m);
      expect(existsSync(join(cwd, "out"))).toBe(false);
    }
  });

  it("packet hands the clauses to every worker and lists them in each manifest", async () => {
    const cwd = workspace();
    cpSync(join(examplesDirectory, "blog-retainer.json"), join(cwd, "blog.json"));
    const { code } = await run(
      [
        "packet",
        "web.json",
        "blog.json",
        "--out",
        "packets",
        "--clauses",
        "clauses",
        "--jobs",
        "2",
        "--format",
        "md",
      ],
      { cwd },
    );
    expect(code).toBe(0);
    const zips = readdirSync(join(cwd, "packets")).sort();
    expect(zips).toHaveLength(2);
    const sha256 = (name: string) =>
      createHash("sha256")
        .update(readFileSync(join(exampleClauses, name)))
        .digest("hex");
    for (const zip of zips) {
      const path = join(cwd, "packets", zip);
      expect(packetProblems(path)).toEqual([]);
      const { manifest, entries } = readPacket(path);
      expect(manifest.customClauses).toEqual(
        clauseNames.map((file) => ({ file, sha256: sha256(file) })),
      );
      const contract = new TextDecoder().decode(entries["contract.md"]);
      expect(contract).toContain("Hosting and domains");
    }
  });

  it("lint uses the clauses and refuses a clash", async () => {
    const cwd = workspace();
    const good = await run(["lint", "--clauses", "clauses", "web.json"], { cwd });
    expect(good.code).toBe(0);
    const clash = await run(["lint", "--clauses", "clauses", "clash.json"], { cwd });
    expect(clash.code).toBe(1);
    expect(clash.stdout).toContain("clauses/hosting.md:2:5  error  /id  the id 'hosting'");
  });

  it("is a usage error (exit 2) when the folder cannot be used", async () => {
    const cwd = workspace();
    mkdirSync(join(cwd, "empty"));
    const cases = [
      ["nowhere", "clausework: cannot read the clause folder 'nowhere': no such folder\n"],
      ["web.json", "clausework: cannot read the clause folder 'web.json': not a folder\n"],
      ["empty", "clausework: no clause files (*.md) in 'empty'\n"],
    ];
    for (const [folder, message] of cases) {
      for (const args of [
        ["validate", "web.json"],
        ["build", "web.json", "--out", "out"],
      ]) {
        const { code, stderr } = await run([...args, "--clauses", folder ?? ""], { cwd });
        expect([code, stderr]).toEqual([2, message]);
      }
    }
  });

  it("watch builds again when a clause file is saved", async () => {
    const cwd = workspace();
    const output = join(cwd, "out", "saltmarsh-ceramics-website", "contract.md");
    const stop = new AbortController();
    const { io, result } = memoryIo({ cwd, signal: stop.signal });
    const args = ["watch", "web.json", "--out", "out", "--doc", "contract", "--format", "md"];
    const exit = main([...args, "--clauses", "clauses"], io);
    const until = async (condition: () => boolean, what: string) => {
      const started = Date.now();
      while (!condition()) {
        if (Date.now() - started > 20_000) throw new Error(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    await until(
      () => existsSync(output) && result().stderr.includes("watching web.json"),
      "the first build",
    );
    expect(readFileSync(output, "utf8")).toContain("Hosting and domains");
    const hosting = join(cwd, "clauses", "hosting.md");
    writeFileSync(hosting, readFileSync(hosting, "utf8").replace("Hosting and domains", "Servers"));
    await until(() => readFileSync(output, "utf8").includes("Servers"), "the rebuild");
    stop.abort();
    expect(await exit).toBe(0);
  });
});
