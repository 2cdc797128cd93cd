// The embedded fonts: Inter as the main face, DejaVu Sans as the fallback for
// glyphs Inter lacks. Font files are parsed once per process (or once per set of
// files a browser passes in); every document reuses the bytes and parsed fonts.
// This file reads no files: the Node entry point registers a reader.
import * as fontkit from "fontkit";
import { theme } from "@clausework/theme";

export type FaceStyle = "normal" | "bold" | "italics" | "bolditalics";
export const faceStyles: readonly FaceStyle[] = ["normal", "bold", "italics", "bolditalics"];

/** pdfmake family names; the main one is the theme's, so every renderer names the same face. */
export const mainFamily = theme.font.family;
export const fallbackFamily = theme.font.fallbacks[0];
export type FamilyName = typeof mainFamily | typeof fallbackFamily;
export const families: readonly FamilyName[] = [mainFamily, fallbackFamily];

/** The bytes of every face, by family and style. */
export type FontFiles = Readonly<Record<FamilyName, Readonly<Record<FaceStyle, Uint8Array>>>>;

/** Package paths of the font files, for readers that have a file system. */
export const fontModules: Readonly<Record<FamilyName, Readonly<Record<FaceStyle, string>>>> = {
  [mainFamily]: {
    normal: "@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf",
    bold: "@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf",
    italics: "@expo-google-fonts/inter/400Regular_Italic/Inter_400Regular_Italic.ttf",
    bolditalics: "@expo-google-fonts/inter/700Bold_Italic/Inter_700Bold_Italic.ttf",
  },
  [fallbackFamily]: {
    normal: "dejavu-fonts-ttf/ttf/DejaVuSans.ttf",
    bold: "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf",
    italics: "dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf",
    bolditalics: "dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf",
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
  readonly bytes: Uint8Array;
  readonly font: fontkit.Font;
};

let readFontFiles: (() => FontFiles) | undefined;
let current: { readonly files: FontFiles; readonly faces: readonly LoadedFace[] } | undefined;

/** Set by the Node entry point: where font files come from when none are passed. */
export function setFontReader(read: () => FontFiles): void {
  readFontFiles = read;
}

function parseFaces(files: FontFiles): readonly LoadedFace[] {
  return families.flatMap((family) =>
    faceStyles.map((style) => {
      const bytes = files[family][style];
      const font = fontkit.create(bytes as Buffer);
      if (!("hasGlyphForCodePoint" in font))
        throw new Error(`render-pdf: ${family} is a collection`);
      return { family, style, fileName: virtualFileName(family, style), bytes, font };
    }),
  );
}

/** Makes these files the embedded fonts; parsing happens once per distinct set. */
export function useFontFiles(files: FontFiles): void {
  if (current?.files !== files) current = { files, faces: parseFaces(files) };
}

/** Every embedded face, parsed on first use only. */
export function loadedFaces(): readonly LoadedFace[] {
  if (current === undefined) {
    if (readFontFiles === undefined) {
      throw new Error("render-pdf: no font files: in a browser, pass them as options.fonts");
    }
    useFontFiles(readFontFiles());
  }
  return current?.faces ?? [];
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
