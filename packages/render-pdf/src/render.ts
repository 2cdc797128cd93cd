// Definition to bytes. pdfmake is one shared object per process, so its fonts,
// policies and layouts are set on every call, in case other code changed them.
import pdfmake from "pdfmake";
import type { TDocumentDefinitions } from "pdfmake/interfaces.js";
import type { DocumentMeta } from "@clausework/model";
import { fontDictionary, loadedFaces, type LoadedFace } from "./fonts.js";
import { withPageFurniture } from "./page-furniture.js";
import { tableLayouts } from "./table-layouts.js";

type VirtualFileSystem = { writeFileSync(name: string, content: Uint8Array): void };

/** pdfmake's in-memory file system (server build); not in its type declarations. */
function virtualFileSystem(): VirtualFileSystem {
  const candidate: unknown = Reflect.get(pdfmake, "virtualfs");
  if (typeof candidate === "object" && candidate !== null && "writeFileSync" in candidate) {
    return candidate as VirtualFileSystem;
  }
  throw new Error("render-pdf: this pdfmake build has no virtual file system");
}

let storedFaces: readonly LoadedFace[] | undefined;
let beforeRender: () => void = () => undefined;

/** Set by the Node entry point (the parsed-font reuse, which needs Node's require). */
export function setBeforeRender(hook: () => void): void {
  beforeRender = hook;
}

/** The font bytes go into pdfmake's virtual file system once; pdfmake never reads a real file. */
function storeFonts(): void {
  const faces = loadedFaces();
  if (storedFaces === faces) return;
  const files = virtualFileSystem();
  for (const face of faces) files.writeFileSync(face.fileName, face.bytes);
  storedFaces = faces;
}

export async function renderDefinition(
  definition: TDocumentDefinitions,
  meta: DocumentMeta,
): Promise<Uint8Array> {
  storeFonts();
  beforeRender();
  pdfmake.setUrlAccessPolicy(() => false);
  // The browser build of pdfmake has no local files and so no such policy.
  const setLocalAccessPolicy: unknown = Reflect.get(pdfmake, "setLocalAccessPolicy");
  if (typeof setLocalAccessPolicy === "function") setLocalAccessPolicy.call(pdfmake, () => false);
  pdfmake.setFonts(fontDictionary());
  pdfmake.addTableLayouts(tableLayouts);
  const bytes = await pdfmake.createPdf(withPageFurniture(definition, meta)).getBuffer();
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
