import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { memoryIo, packageDirectory, run } from "../test-io.js";
import { tempFolder } from "../../test/support/temp-folder.js";

const example = "../../examples/engagements/web-design.json";
const exampleId = "saltmarsh-ceramics-website";
const minimal = "test/fixtures/minimal.json";
const invalid = "test/fixtures/invalid.json";
const outFolder = (): string => tempFolder("build");
const filesIn = (folder: string): string[] =>
  existsSync(folder) ? readdirSync(folder, { recursive: true, encoding: "utf8" }).sort() : [];

describe("clausework build", { timeout: 60_000 }, () => {
  it("writes every document in every format to <out>/<id>/", async () => {
    const out = outFolder();
    const { code, stderr } = await run(["build", example, "--out", out, "--jobs", "1"]);
    expect(code).toBe(0);
    const folder = join(out, exampleId);
    expect(filesIn(folder)).toEqual(
      ["contract", "proposal"]
        .flatMap((doc) => ["docx", "html", "md", "pdf"].map((ext) => `${doc}.${ext}`))
        .sort(),
    );
    expect(readFileSync(join(folder, "contract.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    expect(readFileSync(join(folder, "contract.docx")).subarray(0, 2).toString()).toBe("PK");
    expect(readFileSync(join(folder, "contract.html"), "utf8")).toMatch(/^<!DOCTYPE html>/i);
    expect(readFileSync(join(folder, "contract.md"), "utf8")).toContain("Saltmarsh Ceramics");
    const lines = stderr.trimEnd().split("\n");
    expect(lines[0]).toBe(`built   ${example} → ${join(out, exampleId)}/ (8 files)`);
    expect(lines[1]).toMatch(/^1 built, 0 failed, 0 warnings in \d+\.\d s$/);
    expect(lines).toHaveLength(2);
  });

  it("narrows to the documents and formats asked for", async () => {
    const out = outFolder();
    const { code } = await run([
      "build",
      example,
      "--out",
      out,
      "--doc",
      "contract",
      "--format",
      "md,html",
    ]);
    expect(code).toBe(0);
    expect(filesIn(join(out, exampleId))).toEqual(["contract.html", "contract.md"]);
  });

  it("builds a file named twice once, as overlapping globs would give it", async () => {
    const out = outFolder();
    const again = `./${minimal}`;
    const { code, stderr } = await run(["build", minimal, again, "--out", out, "--format", "md"]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^1 built, 0 failed/m);
  });

  it("adds up a repeated --doc or --format, as the comma-separated list would", async () => {
    const out = outFolder();
    const args = ["build", example, "--out", out, "--doc", "contract", "--format", "md"];
    const { code } = await run([...args, "--doc", "proposal", "--format", "html,md"]);
    expect(code).toBe(0);
    expect(filesIn(join(out, exampleId))).toEqual([
      "contract.html",
      "contract.md",
      "proposal.html",
      "proposal.md",
    ]);
  });

  it("gives the same bytes for the same input, with the PDF on a helper thread or not", async () => {
    const [first, second] = [outFolder(), outFolder()];
    for (const [out, jobs] of [
      [first, "1"],
      [second, "2"],
    ] as const) {
      const args = ["build", example, "--out", out, "--doc", "contract", "--format", "pdf,docx"];
      expect((await run([...args, "--jobs", jobs])).code).toBe(0);
    }
    for (const name of ["contract.pdf", "contract.docx"]) {
      expect(readFileSync(join(first, exampleId, name))).toEqual(
        readFileSync(join(second, exampleId, name)),
      );
    }
  });

  it("prints diagnostics, exits 1 and writes nothing for an invalid input, but builds the others", async () => {
    const out = outFolder();
    const { code, stderr } = await run(["build", invalid, minimal, "--out", out, "--format", "md"]);
    expect(code).toBe(1);
    expect(stderr).toContain("failed  test/fixtures/invalid.json\n");
    expect(stderr).toMatch(
      /^test\/fixtures\/invalid\.json:15:\d+ {2}error {2}\/fees\/deposit\/percent /m,
    );
    expect(stderr).toContain("    hint: did you mean 'netDays'?");
    expect(stderr).toMatch(/^1 built, 1 failed, \d+ warnings in /m);
    expect(filesIn(out)).toEqual([
      "minimal-logo",
      join("minimal-logo", "contract.md"),
      join("minimal-logo", "proposal.md"),
    ]);
  });

  it("prints advice as warnings, and with --strict as errors that stop the build", async () => {
    const out = outFolder();
    const relaxed = await run(["build", minimal, "--out", out, "--format", "md"]);
    expect(relaxed.code).toBe(0);
    expect(relaxed.stderr).toMatch(
      /^test\/fixtures\/minimal\.json {2}warning {2}\/fees\/deposit {2}.+\(no-deposit\)$/m,
    );
    const strictOut = outFolder();
    const strict = await run(["build", minimal, "--out", strictOut, "--format", "md", "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(
      /^test\/fixtures\/minimal\.json {2}error {2}\/fees\/deposit {2}.+\(no-deposit\)$/m,
    );
    expect(filesIn(strictOut)).toEqual([]);
  });

  it("warns at the field of text no PDF font draws in validate and lint; a PDF build refuses it", async () => {
    const engagement = JSON.parse(readFileSync(join(packageDirectory, minimal), "utf8")) as {
      project: { title: string };
    };
    engagement.project.title = "Logo refresh 🚀";
    const stdin = JSON.stringify(engagement, null, 2);
    const field = (severity: string): RegExp =>
      new RegExp(
        `^<stdin>:\\d+:\\d+ {2}${severity} {2}/project/title {2}/project/title has characters no PDF font draws: 🚀 \\(U\\+1F680\\); a PDF that shows it would fail \\(PDF_MISSING_GLYPHS\\)$`,
        "m",
      );

    const validated = await run(["validate", "-"], { stdin });
    expect(validated.code).toBe(0);
    expect(validated.stdout).toMatch(field("warning"));
    // About one format only: --strict leaves it a warning (the no-deposit advice still fails).
    const strict = await run(["lint", "--strict", "-"], { stdin });
    expect(strict.stdout).toMatch(field("warning"));
    expect(strict.stdout).not.toMatch(field("error"));

    // A build leaves the check to the PDF renderer, which looks at what it draws.
    const withoutPdf = outFolder();
    const other = await run(["build", "-", "--format", "md,html", "--out", withoutPdf], { stdin });
    expect(other.code).toBe(0);
    expect(other.stderr).not.toContain("PDF_MISSING_GLYPHS");
    expect(filesIn(withoutPdf)).toContain(join("minimal-logo", "proposal.html"));

    const withPdf = outFolder();
    const pdf = await run(["build", "-", "--format", "pdf", "--out", withPdf], { stdin });
    expect(pdf.code).toBe(1);
    expect(pdf.stderr).not.toMatch(field("warning"));
    expect(pdf.stderr).toMatch(/ {2}error {2}.*🚀.*\(PDF_MISSING_GLYPHS\)$/m);
    expect(filesIn(withPdf)).toEqual([]);
  });

  it("refuses dates that run past the year 9999 as the input's error (exit 1), not a crash", async () => {
    const engagement = JSON.parse(readFileSync(join(packageDirectory, minimal), "utf8")) as Record<
      string,
      unknown
    >;
    const stdin = JSON.stringify({
      ...engagement,
      issuedOn: "9999-12-20",
      schedule: { startDate: "9999-12-24" },
    });
    const out = outFolder();
    const { code, stderr } = await run(["build", "-", "--format", "md", "--out", out], { stdin });
    expect(code).toBe(1);
    expect(stderr).toContain(
      "/validForDays  the end of the offer would fall in the year 10000; dates can go up to 9999-12-31 (DATE_OUT_OF_RANGE)",
    );
    expect(filesIn(out)).toEqual([]);
  });

  it("stops reading standard input at Ctrl-C while its pipe stays open: exit 130, nothing built", async () => {
    const controller = new AbortController();
    const { io, result } = memoryIo({ signal: controller.signal });
    // A pipe whose writer never finishes (`slow-producer | clausework build -`).
    const stdin = new PassThrough();
    stdin.write('{ "id": "half-written');
    const out = outFolder();
    const running = main(["build", "-", "--out", out], { ...io, stdin });
    setTimeout(() => controller.abort(), 50);
    expect(await running).toBe(130);
    expect(result().stderr).toMatch(
      /^interrupted: 0 built, 0 failed, 0 warnings in [0-9.]+ s; 1 not built$/m,
    );
    expect(filesIn(out)).toEqual([]);
    // Closed, so that the open pipe does not keep the process running.
    expect(stdin.destroyed).toBe(true);
  });

  it("treats the validator's warnings as errors with --strict too", async () => {
    const engagement = JSON.parse(readFileSync(join(packageDirectory, example), "utf8")) as {
      client: { name: string };
    };
    engagement.client.name = "Saltmarsh\nCeramics";
    const stdin = JSON.stringify(engagement);
    const args = ["build", "-", "--format", "md", "--out"];
    const relaxed = await run([...args, outFolder()], { stdin });
    expect(relaxed.stderr).toMatch(
      /^<stdin>:\d+:\d+ {2}warning {2}\/client\/name .+\(LINE_BREAK\)$/m,
    );
    expect(relaxed.code).toBe(0);
    const out = outFolder();
    const strict = await run([...args, out, "--strict"], { stdin });
    expect(strict.stderr).toMatch(/^<stdin>:\d+:\d+ {2}error {2}\/client\/name .+\(LINE_BREAK\)$/m);
    expect(strict.code).toBe(1);
    expect(filesIn(out)).toEqual([]);
  });

  it("refuses a PDF whose fonts lack glyphs, naming the text, and writes nothing", async () => {
    const out = outFolder();
    // --jobs 2 renders the PDF on a helper thread: the gaps must survive the trip back.
    const { code, stderr } = await run([
      "build",
      "test/fixtures/hangul-title.json",
      "--out",
      out,
      "--jobs",
      "2",
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^test\/fixtures\/hangul-title\.json {2}error {2}\/project\/title {2}PDF font lacks glyphs for ".*안녕.*" \(U\+C548 .*\) in the proposal \(PDF_MISSING_GLYPHS\)$/m,
    );
    expect(filesIn(out)).toEqual([]);
    const withoutPdf = await run([
      "build",
      "test/fixtures/hangul-title.json",
      "--out",
      out,
      "--format",
      "md",
    ]);
    expect(withoutPdf.code).toBe(0);
  });

  it("issues on --date instead of issuedOn", async () => {
    const out = outFolder();
    const { code } = await run([
      "build",
      minimal,
      "--out",
      out,
      "--stage",
      "resolved",
      "--date",
      "2027-09-01",
    ]);
    expect(code).toBe(0);
    const resolved = JSON.parse(
      readFileSync(join(out, "minimal-logo", "resolved.json"), "utf8"),
    ) as { issuedOn: string };
    expect(resolved.issuedOn).toBe("2027-09-01");
    const bad = await run(["build", minimal, "--out", out, "--date", "2027-02-30"]);
    expect(bad).toMatchObject({
      code: 2,
      stderr: "clausework: --date must be a date as YYYY-MM-DD, got '2027-02-30'\n",
    });
  });

  it("checks --date against the dates that follow from it, and writes nothing when it fails", async () => {
    // web-design's offer is valid until 2027-04-30: issued after that, it would have expired.
    const out = outFolder();
    const late = await run(["build", example, "--out", out, "--date", "2027-06-01"]);
    expect(late.code).toBe(1);
    expect(late.stderr).toContain(
      "/validUntil  with --date 2027-06-01: validUntil must be on or after issuedOn",
    );
    expect(late.stderr).toContain("(DATE_ORDER)");
    expect(existsSync(join(out, exampleId))).toBe(false);
    const inTime = await run(["build", example, "--out", out, "--date", "2027-04-30"]);
    expect(inTime.code).toBe(0);
    expect(existsSync(join(out, exampleId, "proposal.md"))).toBe(true);
  });

  it("writes the intermediate JSON of a --stage instead of documents", async () => {
    const out = outFolder();
    expect((await run(["build", minimal, "--out", out, "--stage", "facts"])).code).toBe(0);
    expect(
      (await run(["build", minimal, "--out", out, "--stage", "model", "--doc", "contract"])).code,
    ).toBe(0);
    expect(filesIn(join(out, "minimal-logo"))).toEqual(["contract.model.json", "facts.json"]);
    const model = JSON.parse(
      readFileSync(join(out, "minimal-logo", "contract.model.json"), "utf8"),
    ) as object;
    expect(model).toMatchObject({
      type: "document",
      kind: "contract",
      meta: { id: "minimal-logo-contract" },
    });
  });

  it("reads standard input for -", async () => {
    const out = outFolder();
    const text = readFileSync(join(packageDirectory, minimal), "utf8");
    const { code, stderr } = await run(["build", "-", "--out", out, "--format", "md"], {
      stdin: text,
    });
    expect(code).toBe(0);
    expect(stderr).toContain(`built   <stdin> → ${join(out, "minimal-logo")}/ (2 files)`);
  });

  it("exits 2 when the output cannot be written, without a stack trace", async () => {
    const out = outFolder();
    writeFileSync(join(out, "minimal-logo"), "a file where the folder should be");
    const { code, stderr } = await run(["build", minimal, "--out", out, "--format", "md"]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `failed  ${minimal}: cannot write '${join(out, "minimal-logo", "proposal.md")}': `,
    );
    expect(stderr).not.toContain("    at ");
  });

  it("writes none of an engagement's documents when one of them cannot be written", async () => {
    const out = outFolder();
    mkdirSync(join(out, "minimal-logo", "proposal.md"), { recursive: true });
    const { code, stderr } = await run(["build", minimal, "--out", out, "--format", "md,html"]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `cannot write '${join(out, "minimal-logo", "proposal.md")}': a folder is in the way`,
    );
    expect(filesIn(join(out, "minimal-logo"))).toEqual(["proposal.md"]);
  });

  it.runIf(process.platform === "linux")(
    "exits 2 for an output folder the file system will not make (/proc), rather than spin",
    async () => {
      const { code, stderr } = await run(["build", minimal, "--out", "/proc/clausework-out"]);
      expect(code).toBe(2);
      expect(stderr).toMatch(
        /cannot write '\/proc\/clausework-out\/minimal-logo\/\S+': no folder can be made there/,
      );
    },
  );

  it("reports as packet does: --json on standard output, -q for failures only", async () => {
    const out = outFolder();
    const json = await run(["build", minimal, "--out", out, "--format", "md", "--json", "-q"]);
    expect(json.code).toBe(0);
    expect(json.stderr).toBe("");
    const summary = JSON.parse(json.stdout) as { built: number; items: unknown[] };
    expect(summary).toMatchObject({ built: 1, items: [{ file: minimal, status: "built" }] });
  });

  it("exits 2 at once when --out names a file", async () => {
    const out = outFolder();
    writeFileSync(join(out, "afile"), "");
    const { code, stderr } = await run(["build", minimal, "--out", join(out, "afile")]);
    expect(stderr).toBe(`clausework: --out '${join(out, "afile")}' is a file; give a folder\n`);
    expect(code).toBe(2);
  });

  it("exits 2 on an unknown format or document", async () => {
    const format = await run(["build", minimal, "--out", "x", "--format", "odt"]);
    expect(format).toMatchObject({
      code: 2,
      stderr: "clausework: --format got 'odt'; choose from pdf, docx, html, md\n",
    });
    const doc = await run(["build", minimal, "--out", "x", "--doc", "invoice"]);
    expect(doc.stderr).toBe(
      "clausework: --doc got 'invoice'; choose from proposal, contract, handover\n",
    );
  });
});
