import bidiModule from "bidi-js";
import type { Bidi } from "bidi-js";
import { describe, expect, it } from "vitest";
import type { ContentText } from "pdfmake/interfaces.js";
import { isolate, isRightToLeftParagraph } from "@clausework/model";
import { orderedTextNode, type TextBox } from "./bidi-text.js";
import { plainText } from "./inlines.js";

// bidi-js's own reordering is the reference the PDF's leaves must match.
const bidi = (bidiModule as unknown as () => Bidi)();
const wide: TextBox = { width: 500, fontSize: 10, bold: false, italics: false };

type Leaf = { text: string; font?: string };

const leaves = (node: ContentText): Leaf[] =>
  [node.text as string | (string | Leaf)[]]
    .flat()
    .map((part) => (typeof part === "string" ? { text: part } : part));

/** What the reader sees: fontkit reverses a leaf whose first letter is of a right-to-left script. */
function seen(parts: readonly Leaf[]): string {
  return parts
    .map(({ text }) => {
      const letter = /[^\p{Script=Common}\p{Script=Inherited}]/u.exec(text)?.[0] ?? "";
      return /[\p{Script=Hebrew}\p{Script=Arabic}]/u.test(letter)
        ? [...text].reverse().join("")
        : text;
    })
    .join("");
}

/** The visual order the Unicode Bidirectional Algorithm gives one line, mirrored brackets included. */
function expected(text: string, rightToLeft: boolean): string {
  return bidi.getReorderedString(text, bidi.getEmbeddingLevels(text, rightToLeft ? "rtl" : "ltr"));
}

const ordered = (text: string, box = wide) => orderedTextNode({ text: plainText(text) }, box);

describe("orderedTextNode", () => {
  it("leaves text without right-to-left letters as it is", () => {
    const node: ContentText = { text: plainText("Acme & Sons, 3 March") };
    expect(orderedTextNode(node, wide)).toBe(node);
  });

  it.each([
    ["a Hebrew name in an English line", "Client: חברת שלום בע״מ (Israel) signs.", false],
    [
      "Arabic with Latin and digits (a left-to-right paragraph)",
      "تصميم الموقع v2 — 3 صفحات",
      false,
    ],
    ["digits and a price inside Hebrew", "מחיר 123 שקלים, ₪3.50 לשעה", true],
    ["brackets inside right-to-left text", "שלום (עולם) [מבחן] {א}", true],
    ["brackets inside a Hebrew run of a left-to-right line", "שלום (עולם) [מבחן] {x}", false],
    ["a Hebrew name over an English address", "חברת שלום בע״מ\nSuite 5\n+1 213 555 0163", false],
    ["Arabic-Indic digits", "الصفحة ١٢٣ من ٤٥٦", true],
    ["an English line that starts with Arabic inside quotes", 'He said "مرحبا بكم" twice', false],
  ])("draws %s in the algorithm's visual order", (_name, text, rightToLeft) => {
    const node = ordered(text);
    expect(seen(leaves(node))).toBe(expected(text, rightToLeft));
  });

  it("keeps the words after an isolated value after it, as the algorithm does", () => {
    // Without the isolate, ": 5" after Arabic letters reads as Arabic and is drawn inside the run.
    const title = "تصميم الموقع v2 — 3 صفحات";
    const line = `${isolate(title)}: 5 pages`;
    const shown = seen(leaves(ordered(line)));
    expect(shown).toBe(expected(line, false).replace(/[\u2066-\u2069]/g, ""));
    expect(shown).toMatch(/\p{Script=Arabic}: 5 pages$/u);
    expect(seen(leaves(ordered(`${title}: 5 pages`)))).not.toMatch(/: 5 pages$/);
  });

  it("passes Arabic letters to fontkit in logical order, so they are shaped joined", () => {
    const parts = leaves(ordered("تصميم الموقع v2 — 3 صفحات"));
    expect(parts.filter((part) => /\p{Script=Arabic}/u.test(part.text))).toEqual([
      // A left-to-right paragraph (it has the Latin "v"): the Arabic runs keep their places.
      { text: "تصميم الموقع", font: "DejaVu Sans Upright" },
      { text: "صفحات", font: "DejaVu Sans Upright" },
    ]);
  });

  it("aligns a paragraph without left-to-right letters to the right, unless it has an alignment", () => {
    expect(ordered("שלום, 2027").alignment).toBe("right");
    expect(ordered("שלום world").alignment).toBeUndefined();
    expect(ordered("hello עולם").alignment).toBeUndefined();
    const cell = orderedTextNode({ text: plainText("שלום"), alignment: "left" }, wide);
    expect(cell.alignment).toBe("left");
  });

  it("breaks a long right-to-left paragraph into lines first, then orders each line", () => {
    const words = Array.from({ length: 30 }, (_, index) => `מילה${index + 1}`);
    const node = ordered(words.join(" "), { ...wide, width: 150 });
    const lines = seen(leaves(node)).split("\n");
    expect(lines.length).toBeGreaterThan(3);
    // Reading right to left, the first line holds the first words, the last line the last.
    const read = lines.map((line) =>
      [...line]
        .reverse()
        .join("")
        .replace(/\d+/g, (n) => [...n].reverse().join("")),
    );
    expect(read[0]?.startsWith("מילה1 מילה2")).toBe(true);
    expect(read.join(" ").split(" ")).toEqual(words);
  });

  it("wraps an English line with a long Hebrew run without reordering across lines", () => {
    const hebrew = [
      "אלף",
      "בית",
      "גימל",
      "דלת",
      "הא",
      "וו",
      "זין",
      "חית",
      "טית",
      "יוד",
      "כף",
      "למד",
    ];
    const node = ordered(`Names: ${hebrew.join(" ")} end`, { ...wide, width: 120 });
    const lines = seen(leaves(node)).split("\n");
    expect(lines[0]?.startsWith("Names:")).toBe(true);
    expect(lines.at(-1)?.endsWith("end")).toBe(true);
    // Read right to left within each line, top line first: the words in their own order.
    const read = lines.flatMap((line) =>
      line
        .split(" ")
        .filter((word) => /\p{Script=Hebrew}/u.test(word))
        .map((word) => [...word].reverse().join(""))
        .reverse(),
    );
    expect(read).toEqual(hebrew);
  });

  it("keeps bold and links on the letters they came from", () => {
    const node = orderedTextNode(
      {
        text: [
          { text: "Before: " },
          { text: "שלום", font: "DejaVu Sans", bold: true },
          { text: " עולם", font: "DejaVu Sans" },
        ],
      },
      wide,
    );
    expect(leaves(node)).toEqual([
      { text: "Before: " },
      { text: " עולם", font: "DejaVu Sans" },
      { text: "שלום", font: "DejaVu Sans", bold: true },
    ]);
  });
});

describe("generated lines", () => {
  const tokens = [
    ...["שלום", "עולם", "חברת", "בע״מ", "تصميم", "الموقع", "صفحات", "لا", "مرحبا"],
    ...["Acme", "v2", "Ltd.", "e.g.", "123", "3.50", "₪", "$", "%", "١٢٣", "٤.٥"],
    ...["(", ")", "[", "]", "{", "}", "<", ">", "«", "»", ",", ".", "!", "?", "—", "-", "/", ":"],
  ];
  // A small seeded generator: the same lines on every run.
  let seed = 20_270_419;
  const next = (below: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % below;
  };
  const lines = Array.from({ length: 300 }, () =>
    Array.from({ length: 2 + next(8) }, () => `${tokens[next(tokens.length)] ?? ""}`)
      .map((token, index) => (index > 0 && next(3) > 0 ? ` ${token}` : token))
      .join(""),
  );

  it("all draw in the algorithm's visual order", () => {
    for (const line of lines) {
      // Right to left only without left-to-right letters, as in every format.
      const rightToLeft = isRightToLeftParagraph(line);
      expect(seen(leaves(ordered(line))), line).toBe(expected(line, rightToLeft));
    }
  });
});

describe("bidi controls", () => {
  it("steer the order and are never drawn", () => {
    // A right-to-left mark makes the "!" belong to the Hebrew word.
    const node = ordered("Say שלום!\u200f now");
    expect(seen(leaves(node))).not.toMatch(/[\u200e\u200f]/u);
    expect(seen(leaves(node))).toBe(expected("Say שלום!\u200f now", false).replace("\u200f", ""));
  });
});
