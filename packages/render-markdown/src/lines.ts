// Small helpers for block layout: Markdown nests blocks by prefixing their lines.

/** Prefixes every line; blank lines get `blank` instead, so no line ends in spaces. */
export function prefixLines(text: string, first: string, rest: string, blank = ""): string {
  return text
    .split("\n")
    .map((line, index) => (line === "" ? blank : (index === 0 ? first : rest) + line))
    .join("\n");
}

/** Blocks are separated by one blank line. */
export const joinBlocks = (blocks: readonly string[]): string =>
  blocks.filter((block) => block !== "").join("\n\n");
