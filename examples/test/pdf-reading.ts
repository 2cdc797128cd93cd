// PDF text as pdf.js reads it (Firefox's viewer, and the previewer's): text
// items in the order they are drawn, each right-to-left item turned back into
// logical order. Unlike pdftotext's layout mode, which rebuilds each line from
// glyph positions with its own simplified bidirectional pass, it returns a line
// that mixes Arabic with Latin words and digits in the order it was written.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The document's text, a line per line of the PDF. */
export async function pdfjsLines(bytes: Uint8Array): Promise<string[]> {
  // pdf.js takes ownership of the buffer it is given.
  const document = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  try {
    const lines: string[] = [];
    let line = "";
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      for (const item of (await page.getTextContent()).items) {
        if (!("str" in item)) continue;
        line += item.str;
        if (item.hasEOL) {
          lines.push(line);
          line = "";
        }
      }
    }
    if (line !== "") lines.push(line);
    return lines;
  } finally {
    await document.destroy();
  }
}
