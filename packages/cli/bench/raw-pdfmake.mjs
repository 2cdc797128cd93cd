// Baseline for the benchmark: a cold Node process that does nothing but hand a
// finished pdfmake definition (the contract's, dumped by packets.mjs) to pdfmake
// with the same embedded fonts. What clausework adds on top of this is the cost
// of validating, generating and the other three formats.
//   node raw-pdfmake.mjs definition.json out.pdf
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const [definitionFile, outFile] = process.argv.slice(2);
// pdfmake and the fonts are render-pdf's dependencies; resolve them from there.
const require = createRequire(import.meta.resolve("@clausework/render-pdf"));
const pdfmake = require("pdfmake");

const faces = {
  Inter: {
    normal: "@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf",
    bold: "@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf",
    italics: "@expo-google-fonts/inter/400Regular_Italic/Inter_400Regular_Italic.ttf",
    bolditalics: "@expo-google-fonts/inter/700Bold_Italic/Inter_700Bold_Italic.ttf",
  },
  "DejaVu Sans": {
    normal: "dejavu-fonts-ttf/ttf/DejaVuSans.ttf",
    bold: "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf",
    italics: "dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf",
    bolditalics: "dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf",
  },
};
const fonts = {};
for (const [family, styles] of Object.entries(faces)) {
  fonts[family] = {};
  for (const [style, module] of Object.entries(styles)) {
    const name = `${family}-${style}.ttf`;
    pdfmake.virtualfs.writeFileSync(name, readFileSync(require.resolve(module)));
    fonts[family][style] = name;
  }
}
pdfmake.setFonts(fonts);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);
const hairline = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0,
  paddingLeft: () => 4,
  paddingRight: () => 4,
};
pdfmake.addTableLayouts({
  "clausework-grid": hairline,
  "clausework-plain": hairline,
  "clausework-notice": hairline,
});

const definition = JSON.parse(readFileSync(definitionFile, "utf8"));
const bytes = await pdfmake.createPdf(definition).getBuffer();
writeFileSync(outFile, bytes);
