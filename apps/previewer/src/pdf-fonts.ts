// The PDF's embedded fonts, as the browser gets them: the same TTF files the CLI
// reads from node_modules, bundled as the previewer's own files and fetched on
// the first PDF only (the service worker keeps them for offline use). Noto Sans
// JP, the CLI's font for Japanese and Chinese, is left out (11 MB): in the
// browser such text gets the PDF's missing-glyph error naming the field.
import type { FontFiles } from "@clausework/render-pdf";
import interBoldItalic from "@expo-google-fonts/inter/700Bold_Italic/Inter_700Bold_Italic.ttf?url";
import interBold from "@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf?url";
import interItalic from "@expo-google-fonts/inter/400Regular_Italic/Inter_400Regular_Italic.ttf?url";
import interRegular from "@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url";
import dejaVuBoldOblique from "dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf?url";
import dejaVuBold from "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url";
import dejaVuOblique from "dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf?url";
import dejaVuRegular from "dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url";

const fontUrls = {
  Inter: {
    normal: interRegular,
    bold: interBold,
    italics: interItalic,
    bolditalics: interBoldItalic,
  },
  "DejaVu Sans": {
    normal: dejaVuRegular,
    bold: dejaVuBold,
    italics: dejaVuOblique,
    bolditalics: dejaVuBoldOblique,
  },
} as const;

async function bytesOf(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load the font ${url} (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

type Faces<T> = {
  readonly normal: T;
  readonly bold: T;
  readonly italics: T;
  readonly bolditalics: T;
};

async function family(urls: Faces<string>): Promise<Faces<Uint8Array>> {
  const [normal, bold, italics, bolditalics] = await Promise.all([
    bytesOf(urls.normal),
    bytesOf(urls.bold),
    bytesOf(urls.italics),
    bytesOf(urls.bolditalics),
  ]);
  return { normal, bold, italics, bolditalics };
}

let loading: Promise<FontFiles> | undefined;

/** The eight font files, fetched once per worker. */
export function pdfFonts(): Promise<FontFiles> {
  loading ??= Promise.all([family(fontUrls.Inter), family(fontUrls["DejaVu Sans"])]).then(
    ([inter, dejaVu]) => ({ Inter: inter, "DejaVu Sans": dejaVu }),
  );
  return loading;
}
