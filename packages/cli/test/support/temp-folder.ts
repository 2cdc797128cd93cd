import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";

/** A fresh folder under the system temp folder, removed when the current test ends. */
export function tempFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), `clausework-${prefix}-`));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}
