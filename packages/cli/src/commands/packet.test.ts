import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleFiles, examplesDirectory } from "../../test/support/example-copies.js";
import { packetProblems, readPacket } from "../../test/support/check-packet.js";
import { run } from "../test-io.js";
import { packageVersion } from "../version.js";
import { tempFolder } from "../../test/support/temp-folder.js";

const folder = (): string => tempFolder("packet");
const formats = ["docx", "html", "md", "pdf"];
const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** A folder with two examples, the invalid fixture and a minimal engagement, as a user would keep them. */
function workspace(): string {
  const cwd = folder();
  const engagements = join(cwd, "engagements");
  cpSync(join(examplesDirectory, "web-design.json"), join(engagements, "web-design.json"));
  cpSync(join(examplesDirectory, "va-retainer-handover.json"), join(engagements, "va.json"));
  return cwd;
}

// Whole packets render every format: slow on a busy machine, so the limit is generous.
describe("clausework packet", { timeout: 120_000 }, () => {
  it("builds one zip per example with every document, every format and a matching manifest", async () => {
    const cwd = folder();
    const { code, stderr } = await run(
      ["packet", examplesDirectory, "--out", "packets", "--jobs", "1"],
      { cwd },
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(
      new RegExp(`^${exampleFiles().length} built, 0 failed, 0 warnings in \\d+\\.\\d s$`, "m"),
    );
    const zips = readdirSync(join(cwd, "packets")).sort();
    expect(zips).toHaveLength(exampleFiles().length);
    for (const zip of zips) {
      const path = join(cwd, "packets", zip);
      expect(packetProblems(path)).toEqual([]);
      const { manifest } = readPacket(path);
      expect(`${manifest.engagement.id}.zip`).toBe(zip);
      expect(manifest.tool).toEqual({ name: "clausework", version: packageVersion() });
      const source = exampleFiles().find((file) => file.endsWith(`/${manifest.input.file}`));
      expect(source).toBeDefined();
      expect(manifest.input.sha256).toBe(sha256(readFileSync(source ?? "")));
      const documents =
        manifest.engagement.id === "cedar-slate-va-2027"
          ? ["contract", "handover", "proposal"]
          : ["contract", "proposal"];
      expect(manifest.files.map((file) => file.path)).toEqual(
        documents.flatMap((doc) => formats.map((ext) => `${doc}.${ext}`)),
      );
    }
  });

  it("gives the same zip bytes on every run, whichever thread built which engagement", async () => {
    const cwd = workspace();
    // One thread builds them all in turn, then this thread and a PDF thread share
    // them (plan.ts): a PDF must not depend on what its thread rendered before.
    for (const [out, jobs] of [
      ["first", "1"],
      ["second", "2"],
    ] as const) {
      expect(
        (await run(["packet", "engagements", "--out", out, "--jobs", jobs], { cwd })).code,
      ).toBe(0);
    }
    const zips = readdirSync(join(cwd, "first")).filter((name) => name.endsWith(".zip"));
    expect(zips.length).toBe(readdirSync(join(cwd, "engagements")).length);
    for (const zip of zips) {
      expect(readFileSync(join(cwd, "second", zip)), zip).toEqual(
        readFileSync(join(cwd, "first", zip)),
      );
    }
  }, 120_000);

  it("narrows with --doc and --format, and writes folders with --no-zip", async () => {
    const cwd = workspace();
    const args = [
      "packet",
      "engagements",
      "--out",
      "p",
      "--jobs",
      "1",
      "--doc",
      "contract,handover",
      "--format",
      "md",
      "--no-zip",
    ];
    const narrowed = await run(args, { cwd });
    expect(narrowed.code).toBe(0);
    // web-design has no handover: it is built, with a warning.
    expect(narrowed.stderr).toMatch(/^2 built, 0 failed, 1 warning in /m);
    expect(readdirSync(join(cwd, "p")).sort()).toEqual([
      "cedar-slate-va-2027",
      "saltmarsh-ceramics-website",
    ]);
    expect(readdirSync(join(cwd, "p", "cedar-slate-va-2027")).sort()).toEqual([
      "contract.md",
      "handover.md",
      "manifest.json",
    ]);
    const manifest = JSON.parse(
      readFileSync(join(cwd, "p", "saltmarsh-ceramics-website", "manifest.json"), "utf8"),
    ) as {
      files: { path: string; sha256: string }[];
      diagnostics: { code: string; severity: string }[];
    };
    expect(manifest.files.map((file) => file.path)).toEqual(["contract.md"]);
    expect(manifest.files[0]?.sha256).toBe(
      sha256(readFileSync(join(cwd, "p", "saltmarsh-ceramics-website", "contract.md"))),
    );
    expect(manifest.diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ["warning", "DOCUMENT_UNAVAILABLE"],
    ]);
  });

  it("writes no packet for an engagement without the documents asked for, and drops its old one", async () => {
    const cwd = workspace();
    for (const layout of [[], ["--no-zip"]]) {
      const out = layout.length === 0 ? "zips" : "folders";
      const args = ["packet", "engagements", "--out", out, "--jobs", "1", "--format", "md"];
      expect((await run([...args, ...layout], { cwd })).code).toBe(0);
      expect(readdirSync(join(cwd, out))).toHaveLength(2);

      const { code, stderr } = await run([...args, "--doc", "handover", ...layout], { cwd });
      expect(code).toBe(0);
      expect(stderr).toContain("built   engagements/web-design.json → nothing");
      expect(stderr).toMatch(/no handover was built: the engagement has nothing for it/);
      expect(stderr).toMatch(/^2 built, 0 failed, 1 warning in /m);
      // Only the engagement with a handover has a packet; the other's earlier one is gone.
      expect(readdirSync(join(cwd, out))).toEqual(
        layout.length === 0 ? ["cedar-slate-va-2027.zip"] : ["cedar-slate-va-2027"],
      );
    }
  });

  it("rebuilds a --no-zip packet folder as its manifest lists it, keeping files it does not own", async () => {
    const cwd = workspace();
    const args = ["packet", "engagements/va.json", "--out", "p", "--jobs", "1", "--no-zip"];
    expect((await run([...args, "--format", "md,html"], { cwd })).code).toBe(0);
    const packet = join(cwd, "p", "cedar-slate-va-2027");
    writeFileSync(join(packet, "notes.txt"), "the user's own file");
    expect((await run([...args, "--format", "md", "--doc", "contract"], { cwd })).code).toBe(0);
    expect(readdirSync(packet).sort()).toEqual(["contract.md", "manifest.json", "notes.txt"]);
    const manifest = JSON.parse(readFileSync(join(packet, "manifest.json"), "utf8")) as {
      files: { path: string }[];
    };
    expect(manifest.files.map((file) => file.path)).toEqual(["contract.md"]);

    // A folder where a document of an earlier build was is the user's: it stays.
    mkdirSync(join(packet, "contract.pdf"));
    expect((await run([...args, "--format", "html"], { cwd })).code).toBe(0);
    expect(readdirSync(packet).sort()).toEqual(
      [
        "contract.pdf",
        "contract.html",
        "handover.html",
        "manifest.json",
        "notes.txt",
        "proposal.html",
      ].sort(),
    );
  });

  it("builds the others when one input is invalid, writes nothing for it, and exits 1", async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, "engagements", "broken.json"), '{ "id": "broken", ');
    const { code, stderr } = await run(
      ["packet", "engagements", "--out", "packets", "--jobs", "1", "--format", "md"],
      { cwd },
    );
    expect(code).toBe(1);
    expect(stderr).toContain(`failed  ${join("engagements", "broken.json")}\n`);
    expect(stderr).toMatch(/^2 built, 1 failed, 0 warnings in /m);
    expect(readdirSync(join(cwd, "packets")).sort()).toEqual([
      "cedar-slate-va-2027.zip",
      "saltmarsh-ceramics-website.zip",
    ]);
  });

  it("stops at the first failure with --fail-fast", async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, "engagements", "0-broken.json"), "[]");
    const { code, stderr } = await run(
      ["packet", "engagements", "--out", "packets", "--jobs", "1", "--fail-fast"],
      { cwd },
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/^0 built, 1 failed, 0 warnings in \d+\.\d s; 2 not built$/m);
    expect(existsSync(join(cwd, "packets"))).toBe(false);
  });

  it("refuses an empty --out (an unset variable in a script) instead of writing here", async () => {
    const cwd = workspace();
    for (const command of ["packet", "build", "watch"]) {
      const { code, stderr } = await run([command, "engagements", "--out", " "], { cwd });
      expect({ code, stderr }).toEqual({
        code: 2,
        stderr: "clausework: --out got nothing; give the output folder\n",
      });
    }
    expect(readdirSync(cwd)).toEqual(["engagements"]);
  });

  it("refuses a second engagement with the same id instead of overwriting the first", async () => {
    const cwd = workspace();
    cpSync(
      join(cwd, "engagements", "web-design.json"),
      join(cwd, "engagements", "web-design-copy.json"),
    );
    const { code, stderr } = await run(
      ["packet", "engagements", "--out", "packets", "--jobs", "1", "--format", "md"],
      { cwd },
    );
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${join("engagements", "web-design.json")}  error  /id  the id "saltmarsh-ceramics-website" is also the id of ${join("engagements", "web-design-copy.json")}, and their outputs would overwrite each other (DUPLICATE_ID)`,
    );
  });

  it("prints a JSON summary on stdout with --json, and only failures with --quiet", async () => {
    const cwd = workspace();
    const { code, stdout, stderr } = await run(
      [
        "packet",
        "engagements",
        "--out",
        "packets",
        "--jobs",
        "1",
        "--format",
        "md",
        "--json",
        "--quiet",
      ],
      { cwd },
    );
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const summary = JSON.parse(stdout) as {
      ok: boolean;
      built: number;
      items: {
        file: string;
        status: string;
        outputs: string[];
        stats: { threadId: number; heapUsed: number };
      }[];
    };
    expect(summary).toMatchObject({ ok: true, built: 2, failed: 0, interrupted: false });
    expect(summary.items.map((item) => [item.file, item.status, item.outputs])).toEqual([
      [join("engagements", "va.json"), "built", [join("packets", "cedar-slate-va-2027.zip")]],
      [
        join("engagements", "web-design.json"),
        "built",
        [join("packets", "saltmarsh-ceramics-website.zip")],
      ],
    ]);
    expect(summary.items[0]?.stats.threadId).toBe(0);
    expect(summary.items[0]?.stats.heapUsed).toBeGreaterThan(0);
  });

  it("prints plain lines in CI even on a terminal, coloured unless NO_COLOR", async () => {
    const cwd = workspace();
    const args = [
      "packet",
      "engagements/web-design.json",
      "--out",
      "packets",
      "--jobs",
      "1",
      "--format",
      "md",
    ];
    const colored = await run(args, { cwd, stderrTty: true, env: { CI: "true" } });
    expect(colored.stderr).toContain(
      `\u001b[32mbuilt\u001b[39m   engagements/web-design.json → ${join("packets", "saltmarsh-ceramics-website.zip")}\n`,
    );
    const plain = await run(args, { cwd, stderrTty: true, env: { CI: "true", NO_COLOR: "1" } });
    expect(plain.stderr).not.toContain("\u001b[");
  });

  it("skips the output folder, node_modules, hidden folders and a schema or package file when searching", async () => {
    const cwd = workspace();
    cpSync(
      join(cwd, "engagements", "va.json"),
      join(cwd, "engagements", "node_modules", "x", "va.json"),
    );
    const schema = await run(["schema"], { cwd });
    writeFileSync(join(cwd, "engagements", "engagement.schema.json"), schema.stdout);
    writeFileSync(join(cwd, "package.json"), '{ "name": "agency", "private": true }\n');
    const args = [
      "packet",
      ".",
      "--out",
      "engagements/out",
      "--jobs",
      "1",
      "--format",
      "md",
      "--no-zip",
    ];
    expect((await run(args, { cwd })).code).toBe(0);
    const again = await run(args, { cwd });
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/^2 built, 0 failed/m);
  });

  it("names each input as typed, an absolute path too", async () => {
    const cwd = workspace();
    const absolute = join(cwd, "engagements", "va.json");
    const args = ["packet", absolute, "./engagements/", "--out", "p", "--format", "md"];
    const { code, stderr } = await run([...args, "--jobs", "1"], { cwd });
    expect(code).toBe(0);
    expect(stderr).toContain(`built   ${absolute} → p/cedar-slate-va-2027.zip\n`);
    expect(stderr).toContain("built   ./engagements/web-design.json → p/");
  });

  it("exits 130 and writes nothing when stopped before it starts", async () => {
    const cwd = workspace();
    const stop = new AbortController();
    stop.abort();
    const args = ["packet", "engagements", "--out", "packets", "--jobs", "1"];
    const { code, stderr } = await run(args, { cwd, signal: stop.signal });
    expect(code).toBe(130);
    expect(stderr).toMatch(
      /^interrupted: 0 built, 0 failed, 0 warnings in \d+\.\d s; 2 not built$/m,
    );
    expect(existsSync(join(cwd, "packets"))).toBe(false);
  });

  it("exits 2 on a bad --jobs, --quiet with --verbose, or a folder without engagements", async () => {
    const cwd = workspace();
    expect(
      (await run(["packet", "engagements", "--out", "p", "--jobs", "0"], { cwd })).stderr,
    ).toBe("clausework: --jobs must be a whole number from 1, got '0'\n");
    expect(
      (await run(["packet", "engagements", "--out", "p", "-q", "--verbose"], { cwd })).stderr,
    ).toBe("clausework: --quiet and --verbose cannot be used together\n");
    const emptyFolder = folder();
    mkdirSync(join(emptyFolder, "empty"));
    const empty = await run(["packet", "empty", "--out", "p"], { cwd: emptyFolder });
    expect(empty).toMatchObject({
      code: 2,
      stderr: "clausework: no engagement files (*.json) in empty\n",
    });
    const missing = await run(["packet", "missing", "--out", "p"], { cwd: emptyFolder });
    expect(missing).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("failed  missing: cannot read: no such file\n"),
    });
  });
});
