// pandoc as a second, independent Markdown reader (its own CommonMark + GFM parser).
// CI always installs it; a missing pandoc fails loudly rather than skipping.
import { execFileSync } from "node:child_process";

export function pandoc(markdown: string, to: "plain" | "html"): string {
  try {
    return execFileSync("pandoc", ["-f", "gfm", "-t", to, "--wrap=none"], {
      input: markdown,
      encoding: "utf8",
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new Error(
        'pandoc not found: install the Debian package "pandoc" (apt-get install pandoc)',
      );
    }
    throw error;
  }
}
