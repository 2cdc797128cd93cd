// The visible text of a document in each format, normalised so the formats can
// be compared: the parity test fails when a renderer drops or repeats content.
// Each format is read as lines (HTML blocks, DOCX paragraphs, PDF text lines).
import { strFromU8, unzipSync } from "fflate";

const entities: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, name: string) => {
    if (/^#x/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return entities[name] ?? match;
  });
}

/**
 * Words that carry content. Tokens without a letter or digit (bullets, rules,
 * signature lines) differ by format by design.
 */
export function words(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const tokens = line.normalize("NFC").split(/\s+/);
    return tokens.filter((token) => /[\p{L}\p{N}]/u.test(token));
  });
}

/** Letters and digits only: the content, blind to where a line was wrapped. */
export function letters(lines: readonly string[]): string {
  return words(lines)
    .join("")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

// Tags that end a line of text; inline tags (strong, em, a, bdi, span, time)
// join their text to its neighbours, as the other formats do.
const blockTag =
  /<\/?(p|li|h[1-6]|td|th|tr|div|dt|dd|dl|section|article|aside|header|footer|table|caption|thead|tbody|ul|ol|blockquote|figure|figcaption|hr|br)\b[^>]*>/gi;

/** Body lines of an HTML fragment or page (styles and head left out). */
export function htmlLines(html: string): string[] {
  const body = html
    .replace(/<head>[\s\S]*?<\/head>/i, " ")
    .replace(/<style[\s\S]*?<\/style>/gi, " ")
    .replace(blockTag, "\n")
    .replace(/<[^>]+>/g, "");
  return decodeEntities(body).split("\n");
}

/** Paragraphs of word/document.xml: runs joined, breaks and tabs as spaces. */
export function docxLines(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes, { filter: (file) => file.name === "word/document.xml" });
  const xml = strFromU8(files["word/document.xml"] ?? new Uint8Array());
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) =>
      decodeEntities(
        [
          ...paragraph
            .replace(/<w:(br|tab|cr)\b[^>]*\/>/g, "<w:t> </w:t>")
            .matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g),
        ]
          .map((match) => match[1] ?? "")
          .join(""),
      ),
    );
}

/**
 * Lines of `pdftotext -raw` output less the page furniture: the running header
 * (the title, from page 2 on), the "Page X of Y" footer, a table header row
 * that pdfmake repeats at the top of a page the table continues on, and the
 * markers of ordered lists ("2." on a line of its own), which Word and HTML
 * keep out of the text.
 */
export function pdfLines(
  rawText: string,
  title: string,
  tableHeaders: readonly string[],
): string[] {
  const squash = (line: string) => line.replace(/\s+/g, " ").trim();
  const headers = new Set(tableHeaders.map(squash));
  const seen = new Set<string>();
  return rawText.split("\f").flatMap((page, index) => {
    const lines = page
      .split("\n")
      .filter((line) => !/^Page \d+ of \d+$/.test(squash(line)))
      .filter((line) => !/^\d{1,3}\.$/.test(squash(line)))
      .filter((line) => index === 0 || squash(line) !== squash(title));
    const first = lines.findIndex((line) => squash(line) !== "");
    const top = squash(lines[first] ?? "");
    if (first !== -1 && headers.has(top) && seen.has(top)) lines.splice(first, 1);
    for (const line of lines) if (headers.has(squash(line))) seen.add(squash(line));
    return joinDetachedPunctuation(lines);
  });
}

/**
 * pdftotext -raw sometimes starts a new line at a kerned gap before punctuation
 * ("7" / ". Ownership", "April 27" / ", 2027"). Our texts never put a space
 * before . , ; : ) so such a line continues the one before it.
 */
function joinDetachedPunctuation(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (/^[.,;:)]/.test(line) && out.length > 0) out[out.length - 1] += line;
    else out.push(line);
  }
  return out;
}
