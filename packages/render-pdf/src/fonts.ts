// The embedded fonts: Inter as the main face, DejaVu Sans as the fallback for
// glyphs Inter lacks (Hebrew among them), Noto Sans JP for Japanese and Chinese
// characters (kana and the common ideographs) neither has, and DejaVu Sans's
// upright faces once more, for what its oblique faces lack: Arabic above all
// (also N'Ko, Ogham, Tifinagh). Arabic is not slanted for emphasis, so this
// family uses the upright faces for italics too; it comes from the DejaVu Sans
// files, so nothing more is read or downloaded, in Node or in a browser. (Noto
// Sans Arabic draws its dots as separate glyphs shared between letters, and
// pdfkit maps each glyph to one character, so text copied from such a PDF came
// out with the wrong letters; DejaVu Sans has a glyph per letter form.)
// Noto Sans JP is optional: a browser may leave it out (its files are large),
// and such text is then refused like any other the fonts cannot draw. Font
// files are parsed once per process (or once per set of files a browser passes
// in); every document reuses the bytes and parsed fonts. This file reads no
// files and loads no fontkit: each entry point registers a reader and a parser.
import type * as fontkit from "fontkit";
import { theme } from "@clausework/theme";
import { glyphsCarryCallersCodePoints } from "./glyph-code-points.js";

export type FaceStyle = "normal" | "bold" | "italics" | "bolditalics";
export const faceStyles: readonly FaceStyle[] = ["normal", "bold", "italics", "bolditalics"];

/** pdfmake family names; the main one is the theme's, so every renderer names the same face. */
export const mainFamily = theme.font.family;
export const fallbackFamily = theme.font.fallbacks[0];
/** PDF only: HTML and DOCX leave CJK text to the reader's own fonts. */
export const cjkFamily = "Noto Sans JP";
/** DejaVu Sans upright, italics included: a family of its own, so Arabic is never slanted. */
export const uprightFamily = "DejaVu Sans Upright";
export type FamilyName =
  typeof mainFamily | typeof fallbackFamily | typeof cjkFamily | typeof uprightFamily;
/** In the order they are tried for a character; the last ones only draw what the first lack. */
export const families: readonly FamilyName[] = [
  mainFamily,
  fallbackFamily,
  cjkFamily,
  uprightFamily,
];
/** Families read from font files; the upright family reuses DejaVu Sans's. */
type FileFamily = Exclude<FamilyName, typeof uprightFamily>;

type Faces = Readonly<Record<FaceStyle, Uint8Array>>;

/** The bytes of every face, by family and style; the CJK family may be left out. */
export type FontFiles = Readonly<Record<typeof mainFamily | typeof fallbackFamily, Faces>> &
  Readonly<Partial<Record<typeof cjkFamily, Faces>>>;

/** Package paths of the font files, for readers that have a file system. */
export const fontModules: Readonly<Record<FileFamily, Readonly<Record<FaceStyle, string>>>> = {
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
  // No italic CJK faces exist; CJK type is not slanted for emphasis.
  [cjkFamily]: {
    normal: "@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf",
    bold: "@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf",
    italics: "@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf",
    bolditalics: "@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf",
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

type ParseFont = (bytes: Uint8Array) => fontkit.Font | fontkit.FontCollection;

let readFontFiles: (() => FontFiles) | undefined;
let parseFont: ParseFont | undefined;
let current: { readonly files: FontFiles; readonly faces: readonly LoadedFace[] } | undefined;

/**
 * Set by each entry point: in Node, the fontkit that pdfkit itself requires, so
 * one copy of it is loaded and warmed up, not two.
 */
export function setFontParser(parse: ParseFont): void {
  parseFont = parse;
}

/** Set by the Node entry point: where font files come from when none are passed. */
export function setFontReader(read: () => FontFiles): void {
  readFontFiles = read;
}

function bytesOf(files: FontFiles, family: FamilyName, style: FaceStyle): Uint8Array | undefined {
  if (family !== uprightFamily) return files[family]?.[style];
  const upright = style === "bold" || style === "bolditalics" ? "bold" : "normal";
  return files[fallbackFamily][upright];
}

function parseFaces(files: FontFiles): readonly LoadedFace[] {
  // One parse per distinct file: the CJK and upright families use regular and bold files twice.
  const create = parseFont;
  if (create === undefined) throw new Error("render-pdf: no font parser was registered");
  const parsed = new Map<Uint8Array, fontkit.Font>();
  const parse = (bytes: Uint8Array) => {
    const font = parsed.get(bytes) ?? (create(bytes) as fontkit.Font);
    // Shared by every document of the process: see glyph-code-points.ts.
    glyphsCarryCallersCodePoints(font);
    parsed.set(bytes, font);
    return font;
  };
  return families.flatMap((family) =>
    faceStyles.flatMap((style) => {
      const bytes = bytesOf(files, family, style);
      if (bytes === undefined) return [];
      const font = parse(bytes);
      if (!("hasGlyphForCodePoint" in font))
        throw new Error(`render-pdf: ${family} is a collection`);
      return [{ family, style, fileName: virtualFileName(family, style), bytes, font }];
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
export function fontDictionary(): Partial<Record<FamilyName, Record<FaceStyle, string>>> {
  const entry = (family: FamilyName) => ({
    normal: virtualFileName(family, "normal"),
    bold: virtualFileName(family, "bold"),
    italics: virtualFileName(family, "italics"),
    bolditalics: virtualFileName(family, "bolditalics"),
  });
  const loaded = new Set(loadedFaces().map((face) => face.family));
  return Object.fromEntries(
    families.filter((family) => loaded.has(family)).map((family) => [family, entry(family)]),
  );
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
