// Real PDF clients for tests (poppler-utils, qpdf). In CI they are always
// installed; a missing tool fails loudly with the Debian package to install.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const packages: Readonly<Record<string, string>> = {
  qpdf: "qpdf",
  pdffonts: "poppler-utils",
  pdftotext: "poppler-utils",
  pdfinfo: "poppler-utils",
};

export type ToolResult = {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
};

export function runTool(command: string, args: readonly string[]): ToolResult {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.error !== undefined) {
    const name = packages[command] ?? command;
    throw new Error(
      `${command} is not installed: apt-get install ${name} (${result.error.message})`,
    );
  }
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Writes bytes to a fresh temporary file and returns its path. */
export function writeTemporaryPdf(bytes: Uint8Array, name = "document.pdf"): string {
  const path = join(mkdtempSync(join(tmpdir(), "render-pdf-")), name);
  writeFileSync(path, bytes);
  return path;
}

export type FontRow = { readonly name: string; readonly embedded: boolean };

/** pdffonts rows; the last five columns are emb, sub, uni, object number and generation. */
export function listFonts(path: string): FontRow[] {
  const { stdout } = runTool("pdffonts", [path]);
  return stdout
    .split("\n")
    .slice(2)
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      return { name: columns[0] ?? "", embedded: columns.at(-5) === "yes" };
    });
}

/** Text of one page (1-based), or of the whole document. */
export function pdfText(path: string, page?: number): string {
  const range = page === undefined ? [] : ["-f", String(page), "-l", String(page)];
  return runTool("pdftotext", ["-enc", "UTF-8", ...range, path, "-"]).stdout;
}
