// The embedded fonts: Inter as the main face, DejaVu Sans as the fallback for
// glyphs Inter lacks. Font files are read and parsed once per process; every
// document reuses the bytes and the parsed fonts.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as fontkit from "fontkit";
import { theme } from "@clausework/theme";

export type FaceStyle = "normal" | "bold" | "italics" | "bolditalics";
export const faceStyles: readonly FaceStyle[] = ["normal", "bold", "italics", "bolditalics"];

/** pdfmake family names; the main one is the theme's, so every renderer names the same face. */
export const mainFamily = theme.font.family;
export const fallbackFamily = theme.font.fallbacks[0];
export type FamilyName = typeof mainFamily | typeof fallbackFamily;
export const families: readonly FamilyName[] = [mainFamily, fallbackFamily];

const interDir = "@expo-google-fonts/inter";
const dejaVuDir = "dejavu-fonts-ttf/ttf";
const fontModules: Readonly<Record<FamilyName, Readonly<Record<FaceStyle, string>>>> = {
  [mainFamily]: {
    normal: `${interDir}/400Regular/Inter_400Regular.ttf`,
    bold: `${interDir}/700Bold/Inter_700Bold.ttf`,
    italics: `${interDir}/400Regular_Italic/Inter_400Regular_Italic.ttf`,
    bolditalics: `${interDir}/700Bold_Italic/Inter_700Bold_Italic.ttf`,
  },
  [fallbackFamily]: {
    normal: `${dejaVuDir}/DejaVuSans.ttf`,
    bold: `${dejaVuDir}/DejaVuSans-Bold.ttf`,
    italics: `${dejaVuDir}/DejaVuSans-Oblique.ttf`,
    bolditalics: `${dejaVuDir}/DejaVuSans-BoldOblique.ttf`,
  },
};

/** The name a face has in pdfmake's virtual file system (never a real path). */
export function virtualFileName(family: FamilyName, style: FaceStyle): string {
  return `clausework/${family.replace(/\s+/g, "")}-${style}.ttf`;
}

export type LoadedFace = {
  readonly family: FamilyName;
  readonly style: FaceStyle;
  readonly fileName: string;
  readonly bytes: Buffer;
  readonly font: fontkit.Font;
};

let loaded: readonly LoadedFace[] | undefined;

function loadFace(family: FamilyName, style: FaceStyle): LoadedFace {
  const require = createRequire(import.meta.url);
  const bytes = readFileSync(require.resolve(fontModules[family][style]));
  const font = fontkit.create(bytes);
  if (!("hasGlyphForCodePoint" in font)) throw new Error(`render-pdf: ${family} is a collection`);
  return { family, style, fileName: virtualFileName(family, style), bytes, font };
}

/** Every embedded face, read from disk and parsed on first use only. */
export function loadedFaces(): readonly LoadedFace[] {
  loaded ??= families.flatMap((family) => faceStyles.map((style) => loadFace(family, style)));
  return loaded;
}

export function face(family: FamilyName, style: FaceStyle): LoadedFace {
  const found = loadedFaces().find((entry) => entry.family === family && entry.style === style);
  if (found === undefined) throw new Error(`render-pdf: no face ${family} ${style}`);
  return found;
}

/** pdfmake's font dictionary: virtual file names only, so nothing is read from disk by pdfmake. */
export function fontDictionary(): Record<FamilyName, Record<FaceStyle, string>> {
  const entry = (family: FamilyName) => ({
    normal: virtualFileName(family, "normal"),
    bold: virtualFileName(family, "bold"),
    italics: virtualFileName(family, "italics"),
    bolditalics: virtualFileName(family, "bolditalics"),
  });
  return { [mainFamily]: entry(mainFamily), [fallbackFamily]: entry(fallbackFamily) };
}

/**
 * pdfmake's `lineHeight` multiplies the font's own line height (ascent + gap -
 * descent), not the font size; the theme's line height is a multiple of the size.
 */
export function lineHeightFactor(): number {
  const { font } = face(mainFamily, "normal");
  const natural = (font.ascent - font.descent + font.lineGap) / font.unitsPerEm;
  return Math.round((theme.lineHeight / natural) * 1000) / 1000;
}
