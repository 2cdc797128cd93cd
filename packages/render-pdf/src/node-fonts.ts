// Node only: the font files come from the font packages on disk, read once;
// pdfmake's font parsing is shared across documents (font-reuse.ts), its style
// lookups allocate nothing (style-lookup.ts), and pdfkit writes each stream
// into one buffer (stream-buffers.ts). Fonts are parsed by the
// CommonJS fontkit that pdfkit requires: importing "fontkit" here would load
// its ES module build as well, a second copy to load and warm up.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type * as Fontkit from "fontkit";
import { reuseParsedFonts } from "./font-reuse.js";
import { faceStyles, fontModules, setFontParser, setFontReader, type FontFiles } from "./fonts.js";
import { setBeforeRender } from "./render.js";
import { installStreamBuffers } from "./stream-buffers.js";
import { installStyleLookup } from "./style-lookup.js";

function readFromPackages(): FontFiles {
  const require = createRequire(import.meta.url);
  // The CJK faces share files (no italics): each file is read once.
  const files = new Map<string, Buffer>();
  const read = (path: string) => {
    const known = files.get(path);
    if (known !== undefined) return known;
    const bytes = readFileSync(require.resolve(path));
    files.set(path, bytes);
    return bytes;
  };
  const faces = (family: keyof typeof fontModules) => {
    const [normal, bold, italics, bolditalics] = faceStyles.map((style) =>
      read(fontModules[family][style]),
    );
    if (
      normal === undefined ||
      bold === undefined ||
      italics === undefined ||
      bolditalics === undefined
    ) {
      throw new Error(`render-pdf: ${family} is missing a face`);
    }
    return { normal, bold, italics, bolditalics };
  };
  const names = Object.keys(fontModules) as (keyof typeof fontModules)[];
  return Object.fromEntries(names.map((family) => [family, faces(family)])) as unknown as FontFiles;
}

const fontkit = createRequire(import.meta.url)("fontkit") as typeof Fontkit;

setFontParser((bytes) => fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)));
setFontReader(readFromPackages);
setBeforeRender(() => {
  reuseParsedFonts();
  installStyleLookup();
  installStreamBuffers();
});
