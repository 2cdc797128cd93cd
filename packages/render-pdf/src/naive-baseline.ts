// pdfmake used the naive way, as most projects do: one createPdf per document,
// font files named by path so pdfmake reads and parses them every time, no
// shared layout cache. Benchmarks measure renderPdf against it on the same
// definition; nothing in the product calls it.
import { createRequire } from "node:module";
import pdfmake from "pdfmake";
import type { DocumentModel } from "@clausework/model";
import { toPdfDefinition } from "./index.js";
import { withPageFurniture } from "./page-furniture.js";
import { tableLayouts } from "./table-layouts.js";

const require = createRequire(import.meta.url);
const inter = (file: string) => require.resolve(`@expo-google-fonts/inter/${file}`);
const dejaVu = (file: string) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`);
const diskFonts = {
  Inter: {
    normal: inter("400Regular/Inter_400Regular.ttf"),
    bold: inter("700Bold/Inter_700Bold.ttf"),
    italics: inter("400Regular_Italic/Inter_400Regular_Italic.ttf"),
    bolditalics: inter("700Bold_Italic/Inter_700Bold_Italic.ttf"),
  },
  "DejaVu Sans": {
    normal: dejaVu("DejaVuSans.ttf"),
    bold: dejaVu("DejaVuSans-Bold.ttf"),
    italics: dejaVu("DejaVuSans-Oblique.ttf"),
    bolditalics: dejaVu("DejaVuSans-BoldOblique.ttf"),
  },
};

/** The same content as renderPdf, laid out by a fresh, naive pdfmake run. */
export async function naivePdf(doc: DocumentModel): Promise<Uint8Array> {
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => true);
  pdfmake.setFonts(structuredClone(diskFonts));
  pdfmake.addTableLayouts(tableLayouts);
  return pdfmake.createPdf(withPageFurniture(toPdfDefinition(doc), doc.meta)).getBuffer();
}
