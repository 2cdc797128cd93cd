// Text for generated engagements: ordinary words mixed with strings that are
// valid but hostile to some output format (Markdown, HTML, WordprocessingML,
// Handlebars), accented Latin, Greek, Cyrillic, typographic punctuation and the
// emoji the PDF fonts can draw, Hebrew and Arabic (right-to-left, mixed into
// English lines), Japanese and Chinese. Scripts the PDF fonts lack (Hangul,
// cuneiform) are a deliberate rejection path tested elsewhere, so they never
// appear here.
import fc from "fast-check";

const WORDS = [
  "the",
  "blog",
  "post",
  "draft",
  "review",
  "final",
  "invoice",
  "week",
  "client",
  "studio",
  "Acme",
  "Ltd",
  "GmbH",
  "S.A.",
  "O'Brien",
  "Smith-Jones",
  "and",
  "of",
  "for",
  "monthly",
  "3",
  "2027",
  "10%",
  "1,500.00",
  "v2",
  "e.g.",
  "(optional)",
  "A/B",
  "R&D",
  "Q3",
];

/** Valid text that means something in Markdown, HTML, DOCX XML or Handlebars. */
export const HOSTILE = [
  "*",
  "**bold**",
  "_under_",
  "#",
  "# 7. Payment terms waived",
  "[x](javascript:alert(1))",
  "<script>alert(1)</script>",
  "{{constructor.constructor}}",
  "{{client.name}}",
  "</w:t>",
  "</w:t></w:r><w:r><w:t>Injected",
  "|",
  "| a | b |",
  "&",
  "&amp;",
  "&#x41;",
  "<Ltd>",
  "`code`",
  "\\",
  "~~old~~",
  "> quote",
  "- item",
  "1. item",
  "---",
  "]]>",
  "<!-- x -->",
  "%PDF-1.7",
  "$1",
  "${x}",
  "'",
  '"',
  "=",
  "+",
  "!",
  "![x](https://attacker.example/p.png)",
  "https://example.com/a_b*c",
  "<clausework:object>",
  "\\n",
  "%s",
  "{0}",
  "[^1]",
];

const LATIN = [
  "Müller",
  "Łódź",
  "Ærøskøbing",
  "Đorđe",
  "Šťastný",
  "İstanbul",
  "Curaçao",
  "Straße",
  "naïve",
  "café",
  "Zoë",
  "Zoe\u0308",
  "Ångström",
  "Øresund",
  "Þórr",
  "Ñandú",
  "Œuvre",
  "Dvořák",
  "Gdańsk",
];
const GREEK = ["Αθήνα", "Ελληνικά", "λόγος", "Ωμέγα", "ϑ"];
const CYRILLIC = ["Москва", "Київ", "Ґанок", "Београд", "щедрость", "Ѣ"];
/** Right-to-left words, with Hebrew punctuation and Arabic-Indic digits. */
const RIGHT_TO_LEFT = ["שלום", "חברת", "בע״מ", "(תל אביב)", "مرحبا", "تصميم الموقع", "صفحات", "٣٠"];
const JAPANESE_CHINESE = ["東京", "株式会社", "カタカナ", "ひらがな", "北京", "設計"];
const PUNCTUATION = [
  "‘quoted’",
  "“quoted”",
  "—",
  "–",
  "…",
  "€",
  "£",
  "¥",
  "©",
  "™",
  "½",
  "×",
  "→",
  "≥",
  "«»",
  "„Anführung“",
  "§",
  "•",
  "\u00a0",
  "±",
];
/** Emoji that Inter or DejaVu Sans draw (U+1F600 to U+1F60F are in DejaVu Sans). */
const EMOJI = ["☺", "★", "✓", "☕", "⚡", "❄", "♥", "❤️", "😀", "😂", "😉", "😍", "😎", "🙃"];

const LONG_WORD_LETTERS = [..."abcdefghijklmnopqrstuvwxyzäöüßéñøåçšžABCDEFGHIJKLMNOPQRSTUVWXYZ"];

/** One word of 20 to 60 letters: it cannot wrap, so table cells and lines must cope. */
const longWord = fc
  .array(fc.constantFrom(...LONG_WORD_LETTERS), { minLength: 20, maxLength: 60 })
  .map((letters) => letters.join(""));

const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...LATIN) },
  { weight: 1, arbitrary: fc.constantFrom(...GREEK) },
  { weight: 1, arbitrary: fc.constantFrom(...CYRILLIC) },
  { weight: 1, arbitrary: fc.constantFrom(...RIGHT_TO_LEFT) },
  { weight: 1, arbitrary: fc.constantFrom(...JAPANESE_CHINESE) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: longWord },
);

/** Mostly a space between tokens; sometimes none ("*Acme*"), rarely a tab. */
const separator = fc.oneof(
  { weight: 12, arbitrary: fc.constant(" ") },
  { weight: 2, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: fc.constant("\t") },
);

/**
 * Words the tests look for in the output as signs of a bug ("undefined",
 * "NaN", "[object Object]"): generated text never contains them itself.
 */
export const BUG_MARKERS = /\bundefined\b|\bNaN\b|\[object Object\]/;

function tokens(maxTokens: number): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(token, separator), { minLength: 1, maxLength: maxTokens })
    .map((pairs) => pairs.map(([word, gap], index) => (index === 0 ? word : gap + word)).join(""));
}

/** Within `max` UTF-16 units (so within the schema's maxLength in code points), never blank. */
function bounded(arbitrary: fc.Arbitrary<string>, max: number): fc.Arbitrary<string> {
  return arbitrary
    .map((text) => (text.length <= max ? text : cutAt(text, max)))
    .filter((text) => text.trim() !== "" && !BUG_MARKERS.test(text));
}

/** Cuts at a code point boundary, so no half of a surrogate pair is left. */
function cutAt(text: string, max: number): string {
  let out = "";
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

/** A `name`: one line, up to 200 characters. */
export function nameText(): fc.Arbitrary<string> {
  return bounded(tokens(6), 200);
}

/** A `line`: one line, up to 500 characters. */
export function lineText(maxTokens = 12): fc.Arbitrary<string> {
  return bounded(tokens(maxTokens), 500);
}

const lineBreak = fc.oneof(
  { weight: 6, arbitrary: fc.constant("\n") },
  { weight: 2, arbitrary: fc.constant("\n\n") },
  { weight: 1, arbitrary: fc.constant("\r\n") },
);

/** Free `text`: several lines, blank lines and CRLF included, up to 10,000 characters. */
export function freeText(): fc.Arbitrary<string> {
  const lines = fc.array(fc.tuple(tokens(15), lineBreak), { minLength: 1, maxLength: 5 });
  return bounded(
    lines.map((pairs) =>
      pairs.map(([line, gap], index) => (index === 0 ? line : gap + line)).join(""),
    ),
    10_000,
  );
}

/** A short list of `line`s, as for out-of-scope items or allowed uses. */
export function lines(maxLength: number): fc.Arbitrary<string[]> {
  return fc.array(lineText(8), { maxLength });
}
