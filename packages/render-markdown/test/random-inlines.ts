// Seeded random inline content for property tests: same seed, same cases.
import type { Inline } from "@clausework/model";

/** mulberry32: a small deterministic generator. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pieces = [
  "a",
  "b",
  "word",
  "1",
  "12",
  " ",
  "  ",
  "\t",
  "*",
  "**",
  "_",
  "`",
  "[",
  "]",
  "(",
  ")",
  "!",
  "#",
  "-",
  "+",
  ".",
  "=",
  "<",
  ">",
  "&",
  "amp;",
  "&#60;",
  "|",
  "~",
  "\\",
  ":",
  "/",
  "@",
  "www.",
  "https://",
  "x.com",
  "é",
  "א",
  "£",
  "{{",
  "}}",
  "\r\n",
  "\n",
  "1.",
  "- ",
  "> ",
];

/** Random text made of the pieces above; without line breaks when `breaks` is false. */
export function randomText(random: () => number, breaks = true): string {
  const usable = breaks ? pieces : pieces.filter((piece) => !piece.includes("\n"));
  const length = 1 + Math.floor(random() * 4);
  return Array.from({ length }, () => usable[Math.floor(random() * usable.length)] ?? "").join("");
}

export function randomInlines(random: () => number, depth = 0, breaks = true): Inline[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const count = 1 + Math.floor(random() * 4);
  return Array.from({ length: count }, (): Inline => {
    const roll = random();
    const children = (): Inline[] => randomInlines(random, depth + 1, breaks);
    if (depth < 3 && roll < 0.15) return { type: "strong", children: children() };
    if (depth < 3 && roll < 0.3) return { type: "emphasis", children: children() };
    if (depth < 3 && roll < 0.38) {
      const url = pick(["https://example.com/a", "mailto:a@example.com", "javascript:alert(1)"]);
      return { type: "link", url, children: children() };
    }
    if (breaks && roll < 0.45) return { type: "break" };
    return { type: "text", value: randomText(random, breaks) };
  });
}
