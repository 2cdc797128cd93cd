// Definition to bytes. pdfmake is one shared object per process, so its fonts,
// policies and layouts are set on every call, in case other code changed them.
import pdfmake from "pdfmake";
import type { TDocumentDefinitions } from "pdfmake/interfaces.js";
import type { DocumentMeta } from "@clausework/model";
import { reuseParsedFonts } from "./font-reuse.js";
import { fontDictionary, loadedFaces } from "./fonts.js";
import { withPageFurniture } from "./page-furniture.js";
import { tableLayouts } from "./table-layouts.js";

type VirtualFileSystem = { writeFileSync(name: string, content: Buffer): void };

/** pdfmake's in-memory file system (server build); not in its type declarations. */
function virtualFileSystem(): VirtualFileSystem {
  const candidate: unknown = Reflect.get(pdfmake, "virtualfs");
  if (typeof candidate === "object" && candidate !== null && "writeFileSync" in candidate) {
    return candidate as VirtualFileSystem;
  }
  throw new Error("render-pdf: this pdfmake build has no virtual file system");
}

let fontsStored = false;

/** The font bytes go into pdfmake's virtual file system once; pdfmake never reads a real file. */
function storeFonts(): void {
  if (fontsStored) return;
  const files = virtualFileSystem();
  for (const face of loadedFaces()) files.writeFileSync(face.fileName, face.bytes);
  fontsStored = true;
}

export async function renderDefinition(
  definition: TDocumentDefinitions,
  meta: DocumentMeta,
): Promise<Uint8Array> {
  storeFonts();
  reuseParsedFonts();
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  pdfmake.setFonts(fontDictionary());
  pdfmake.addTableLayouts(tableLayouts);
  const bytes = await pdfmake.createPdf(withPageFurniture(definition, meta)).getBuffer();
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
