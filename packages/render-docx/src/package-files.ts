// The files of a document's package, before any zip. docx's Packer zips them at
// once, stamped with the current time; normalising that zip means unzipping and
// zipping again, which cost a third of a DOCX build. The Packer's own compiler
// gives the files themselves, so they are zipped once, already normalised. It is
// not public API: if a docx release moves it, the zip path still works.
import { Packer, type Document } from "docx";
import { normaliseZip, zipPackage, type PackageFiles } from "./normalise-zip.js";

type Compiler = { compile(file: Document): unknown };

function packerCompiler(): Compiler | undefined {
  const candidate: unknown = (Packer as unknown as { compiler?: unknown }).compiler;
  if (typeof candidate !== "object" || candidate === null) return undefined;
  const compile: unknown = (candidate as { compile?: unknown }).compile;
  return typeof compile === "function" ? (candidate as Compiler) : undefined;
}

function isPackageFiles(value: unknown): value is PackageFiles {
  if (!(value instanceof Map)) return false;
  for (const [path, data] of value as Map<unknown, unknown>) {
    if (typeof path !== "string") return false;
    if (typeof data !== "string" && !(data instanceof Uint8Array)) return false;
  }
  return true;
}

/** The normalised DOCX bytes of a docx Document. */
export async function packDocument(document: Document, issuedOn: string): Promise<Uint8Array> {
  const files = packerCompiler()?.compile(document);
  return isPackageFiles(files)
    ? zipPackage(files, issuedOn)
    : packDocumentByZip(document, issuedOn);
}

/** The Packer's zip path only, for tests that compare the two. */
export async function packDocumentByZip(document: Document, issuedOn: string): Promise<Uint8Array> {
  return normaliseZip(new Uint8Array(await Packer.toArrayBuffer(document)), issuedOn);
}
