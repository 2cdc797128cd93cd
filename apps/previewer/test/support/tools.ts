// Real clients that check real outputs. CI always has them: a missing tool fails
// with the Debian package to install, never skips.
import { execFileSync, spawnSync } from "node:child_process";

function requireTool(command: string, debianPackage: string): void {
  const found = spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
  if (!found) throw new Error(`${command} is missing: apt-get install ${debianPackage}`);
}

/** `qpdf --check`: exit status and report. */
export function qpdfCheck(file: string): { status: number | null; output: string } {
  requireTool("qpdf", "qpdf");
  const result = spawnSync("qpdf", ["--check", file], { encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

export function pdfPageCount(file: string): number {
  requireTool("qpdf", "qpdf");
  return Number(execFileSync("qpdf", ["--show-npages", file], { encoding: "utf8" }).trim());
}

export function pdfText(file: string): string {
  requireTool("pdftotext", "poppler-utils");
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

/** One entry of a zip, through Debian's unzip. */
export function unzipEntry(file: string, entry: string): string {
  requireTool("unzip", "unzip");
  return execFileSync("unzip", ["-p", file, entry], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

export function zipEntries(file: string): string[] {
  requireTool("unzip", "unzip");
  const listing = execFileSync("unzip", ["-Z1", file], { encoding: "utf8" });
  return listing.split("\n").filter((line) => line !== "");
}
