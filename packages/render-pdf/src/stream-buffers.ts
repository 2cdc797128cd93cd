// Speed: pdfkit keeps each operator it writes to a stream ("BT", "1 0 0 1 72
// 700 Tm", a colour, a glyph run) as a Buffer of its own until the stream ends,
// and a page's stream ends with the document. That is tens of thousands of
// small objects a document, each alive through several young-generation
// collections: each collection copies them, then they are promoted, and die in
// a full collection. Sampled with V8's heap profiler (objects that outlive
// minor collections and die in major ones), they were a third of such memory,
// and garbage collection took a third less time without them. Here a stream's
// bytes go into one growing buffer instead, and pdfkit's finalize receives them
// as one chunk. Output bytes do not change.
//
// pdfkit does not export the class, so its prototype is taken from a reference
// made by PDFDocument's own `ref`, on a stand-in document. Node only (the
// browser build of pdfmake carries its own pdfkit). If the class is not what it
// was, nothing is replaced.
import { createRequire } from "node:module";

/** The fields of pdfkit's PDFReference that write and finalize use. */
export type StreamReference = {
  buffer: Uint8Array[] | Uint8Array;
  data: { Length?: number; Filter?: unknown };
  compress: boolean;
  uncompressedLength: number;
  /** The growing buffer of a stream not yet finalized, and how much of it is used. */
  pendingBytes?: Buffer | undefined;
  pendingLength?: number;
};

export type StreamMethods = {
  write(this: StreamReference, chunk: unknown): void;
  finalize(this: StreamReference): void;
};

const firstSize = 4096;

/** Room for `extra` more bytes, keeping what is there. */
function reserve(reference: StreamReference, used: number, extra: number): Buffer {
  const bytes = reference.pendingBytes;
  if (bytes !== undefined && used + extra <= bytes.length) return bytes;
  const size = Math.max(firstSize, (bytes?.length ?? 0) * 2, used + extra);
  const grown = Buffer.allocUnsafe(size);
  bytes?.copy(grown, 0, 0, used);
  reference.pendingBytes = grown;
  return grown;
}

/**
 * pdfkit's write, as it counts: a Uint8Array goes in as it is, anything else as
 * its text and a newline, one byte per UTF-16 unit ("binary", as pdfkit does).
 */
export function write(this: StreamReference, chunk: unknown): void {
  const used = this.pendingLength ?? 0;
  let length: number;
  if (chunk instanceof Uint8Array) {
    length = chunk.length;
    reserve(this, used, length).set(chunk, used);
  } else {
    const text = `${String(chunk)}\n`;
    length = text.length;
    reserve(this, used, length).write(text, used, length, "latin1");
  }
  this.pendingLength = used + length;
  this.uncompressedLength += length;
  this.data.Length = (this.data.Length ?? 0) + length;
  if (this.compress) this.data.Filter = "FlateDecode";
}

/** Hands the stream's bytes to pdfkit's finalize as the one chunk it was written in. */
function finalizeWith(original: StreamMethods["finalize"]): StreamMethods["finalize"] {
  return function finalize(this: StreamReference): void {
    const bytes = this.pendingBytes;
    if (bytes !== undefined) {
      // Chunks written before the replacement (none in practice) come first.
      const earlier = Array.isArray(this.buffer) ? this.buffer : [];
      this.buffer = [...earlier, bytes.subarray(0, this.pendingLength)];
      this.pendingBytes = undefined;
      this.pendingLength = 0;
    }
    original.call(this);
  };
}

type DocumentClass = { prototype: { ref: (this: unknown, data: object) => unknown } };

function isDocumentClass(value: unknown): value is DocumentClass {
  return typeof value === "function" && typeof Reflect.get(value.prototype, "ref") === "function";
}

function isReferencePrototype(value: unknown): value is StreamMethods {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof Reflect.get(value, "write") === "function" &&
    typeof Reflect.get(value, "finalize") === "function"
  );
}

/** PDFReference's prototype, from the pdfkit module given (as pdfmake loads it), or undefined. */
export function referencePrototype(pdfkit: unknown): StreamMethods | undefined {
  if (!isDocumentClass(pdfkit)) return undefined;
  const standIn = { _offsets: [], _waiting: 0, compress: false };
  let reference: unknown;
  try {
    reference = pdfkit.prototype.ref.call(standIn, {});
  } catch {
    // A pdfkit whose references need more of a document than the stand-in has.
    return undefined;
  }
  // A reference as this file knows it: an empty chunk list and a data object.
  const known =
    typeof reference === "object" &&
    reference !== null &&
    Array.isArray(Reflect.get(reference, "buffer")) &&
    typeof Reflect.get(reference, "data") === "object" &&
    Reflect.get(reference, "uncompressedLength") === 0;
  const prototype: unknown = known ? Object.getPrototypeOf(reference) : undefined;
  return isReferencePrototype(prototype) ? prototype : undefined;
}

/** A require that resolves as pdfmake's own modules do (its pdfkit, not another copy). */
export function pdfmakeRequire(): NodeJS.Require {
  return createRequire(createRequire(import.meta.url).resolve("pdfmake/js/PDFDocument.js"));
}

/** The pdfkit module that pdfmake's PDFDocument extends. */
export function pdfmakesPdfkit(): unknown {
  return pdfmakeRequire()("pdfkit");
}

/** Gives a PDFReference prototype the write above, and a finalize that takes its bytes. */
export function replaceStreamMethods(prototype: StreamMethods): void {
  prototype.finalize = finalizeWith(prototype.finalize);
  prototype.write = write;
}

let installed = false;

/** Replaces write and finalize of the pdfkit that pdfmake uses, once per process. */
export function installStreamBuffers(): void {
  if (installed) return;
  installed = true;
  const prototype = referencePrototype(pdfmakesPdfkit());
  if (prototype !== undefined) replaceStreamMethods(prototype);
}
