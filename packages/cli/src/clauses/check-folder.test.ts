import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempFolder } from "../../test/support/temp-folder.js";
import { UserError } from "../errors.js";
import { folderFailed, loadClauseFolder, type ClauseFolder } from "./check-folder.js";
import { MAX_CLAUSE_FILE_BYTES } from "./read-folder.js";

const clauseText = (id: string, template: string, extra = "") =>
  `---\nid: ${id}\ntitle: ${id}\ndocuments: [contract]\n${extra}---\n${template}\n`;

/** A folder holding the files; loaded with cwd at its parent, so it is named "clauses". */
async function load(files: Record<string, string | Uint8Array>): Promise<ClauseFolder> {
  const cwd = tempFolder("clauses");
  const folder = join(cwd, "clauses");
  mkdirSync(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return loadClauseFolder("clauses", cwd);
}

/** `file:line:col pointer message (CODE)` of every diagnostic. */
const lines = (folder: ClauseFolder) =>
  folder.reports.flatMap((report) =>
    report.kind === "unreadable"
      ? [`${report.file} unreadable: ${report.reason}`]
      : report.diagnostics.map(
          (d) => `${report.file}:${d.line}:${d.column} ${d.pointer} ${d.message} (${d.code})`,
        ),
  );

async function refusal(files: Record<string, string>): Promise<string> {
  try {
    await load(files);
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
  throw new Error("the folder was accepted");
}

describe("a clause folder", () => {
  it("gives every clause file that passes, in name order, with where its parts are", async () => {
    const folder = await load({
      "b-support.md": clauseText("support", "{{freelancer.name}} answers within a day."),
      "a-hosting.md": clauseText(
        "hosting",
        "\n{{client.name}} pays for hosting.",
        "after: payment\n",
      ),
      "notes.txt": "not a clause",
      ".#a-hosting.md": "an editor's lock file",
    });
    expect(folderFailed(folder)).toBe(false);
    expect(lines(folder)).toEqual([]);
    expect(folder.files.map((file) => [file.file, file.clause])).toEqual([
      [
        join("clauses", "a-hosting.md"),
        {
          id: "hosting",
          title: "hosting",
          documents: ["contract"],
          after: "payment",
          template: "{{client.name}} pays for hosting.",
        },
      ],
      [
        join("clauses", "b-support.md"),
        {
          id: "support",
          title: "support",
          documents: ["contract"],
          template: "{{freelancer.name}} answers within a day.",
        },
      ],
    ]);
    expect(folder.files[0]).toMatchObject({
      templateLine: 8,
      positions: { after: { line: 5, column: 8 } },
    });
    expect(folder.files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reports each bad file at its line, as validate reports an engagement's custom clause", async () => {
    const folder = await load({
      "fields.md": clauseText("fields", "Dear {{client.nme}},\n\n{{money fees.amount}} {{client}}"),
      "hostile.md": clauseText(
        "hostile",
        "{{lookup this '__proto__'}} {{constructor.constructor}}",
      ),
      "kinds.md": "---\nid: Kinds\ntitle: K\ndocuments: [contract, invoice]\n---\nx\n",
      "place.md": clauseText("place", "x", "after: nowhere\n"),
      "control.md": clauseText("control", "a\u0000b"),
      "binary.md": new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe]),
    });
    expect(folderFailed(folder)).toBe(true);
    expect(folder.files.map((file) => file.clause.id)).toEqual([]);
    const file = (name: string) => join("clauses", name);
    expect(lines(folder)).toEqual([
      `${file("binary.md")} unreadable: not UTF-8 text (save the file as UTF-8)`,
      `${file("control.md")}:6:1 /template template contains an invisible control character (U+0000) at position 2; please retype or remove it. (CONTROL_CHARACTER)`,
      `${file("fields.md")}:6:8 /template custom clause fields: client has no field "nme" (did you mean "name"?) (CUSTOM_CLAUSE_INVALID)`,
      `${file("fields.md")}:8:9 /template custom clause fields: money needs an amount of money (such as facts.money.fee), but fees.amount is an amount as written in the engagement (CUSTOM_CLAUSE_INVALID)`,
      `${file("fields.md")}:8:25 /template custom clause fields: client is a group of fields, which does not print as text: print one of its fields (name, businessName, contact, address, …) (CUSTOM_CLAUSE_INVALID)`,
      `${file("hostile.md")}:6:3 /template custom clause hostile: the lookup helper is not allowed (CUSTOM_CLAUSE_INVALID)`,
      `${file("hostile.md")}:6:31 /template custom clause hostile: "constructor" segments are not allowed (no prototype access) (CUSTOM_CLAUSE_INVALID)`,
      `${file("kinds.md")}:2:5 /id id must be an identifier like first-draft, got "Kinds" (INVALID_FORMAT)`,
      `${file("kinds.md")}:4:12 /documents/1 documents item 2 must be one of proposal, contract, handover, got "invoice" (NOT_ALLOWED)`,
      `${file("place.md")}:5:8 /after custom clause place: after names 'nowhere', which is no clause or section of the contract (UNKNOWN_REFERENCE)`,
    ]);
  });

  it("refuses templates past the limits without rendering them", async () => {
    const started = performance.now();
    const folder = await load({
      "huge.md": clauseText("huge", "{{client.name}} ".repeat(50_000).slice(0, 90_001)),
      "deep.md": clauseText(
        "deep",
        `${"{{#if client.name}}".repeat(700)}x${"{{/if}}".repeat(700)}`,
      ),
    });
    expect(lines(folder)).toEqual([
      `${join("clauses", "deep.md")}:6:191 /template custom clause deep: blocks nest too deep (nesting depth > 10) (CUSTOM_CLAUSE_INVALID)`,
      `${join("clauses", "deep.md")}:6:9501 /template custom clause deep: custom clause is too long (max 20 KB / 500 placeholders) (CUSTOM_CLAUSE_INVALID)`,
      `${join("clauses", "huge.md")}:6:1 /template template is too long: 90001 characters, at most 20000 (TOO_LONG)`,
    ]);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("refuses a file larger than any clause could be, by its size alone", async () => {
    const folder = await load({ "big.md": "x".repeat(MAX_CLAUSE_FILE_BYTES + 1) });
    expect(lines(folder)).toEqual([
      `${join("clauses", "big.md")}:1:1  the file is 101 KB; a clause file may be at most 100 KB (CLAUSE_FILE_TOO_LARGE)`,
    ]);
  });

  it("refuses two files with one id, naming both", async () => {
    const folder = await load({
      "a.md": clauseText("hosting", "x"),
      "b.md": clauseText("hosting", "y"),
    });
    expect(lines(folder)).toEqual([
      `${join("clauses", "b.md")}:2:5 /id the id 'hosting' is also the id of ${join("clauses", "a.md")} (DUPLICATE_ID)`,
    ]);
  });

  it("keeps a warning with the clause it is about", async () => {
    const folder = await load({
      "later.md": "---\nid: later\ntitle: Later\ndocuments: [handover]\nafter: fees\n---\nx\n",
    });
    expect(folderFailed(folder)).toBe(false);
    expect(folder.files[0]?.warnings).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "AFTER_NOT_IN_DOCUMENT",
        pointer: "/after",
        line: 5,
        column: 8,
        file: join("clauses", "later.md"),
      }),
    ]);
  });

  it("is a usage error when missing, not a folder, empty, or holding more clauses than an engagement may", async () => {
    const cwd = tempFolder("clauses");
    writeFileSync(join(cwd, "file.md"), "x");
    await expect(loadClauseFolder("nowhere", cwd)).rejects.toThrow(
      "cannot read the clause folder 'nowhere': no such folder",
    );
    await expect(loadClauseFolder("file.md", cwd)).rejects.toThrow(
      "cannot read the clause folder 'file.md': not a folder",
    );
    expect(await refusal({ "readme.txt": "x" })).toBe("no clause files (*.md) in 'clauses'");
    const many = Object.fromEntries(
      Array.from({ length: 21 }, (_, index) => [`c${index}.md`, clauseText(`c${index}`, "x")]),
    );
    expect(await refusal(many)).toBe(
      "'clauses' holds 21 clause files; at most 20, as many as one engagement may have",
    );
  });
});
