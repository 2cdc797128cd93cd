// Streams written into one buffer must come out as pdfkit's own would: the
// replacement is checked against a fresh copy of pdfkit on generated chunks,
// compressed or not, and a document rendered with either gives the same bytes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sampleDocument } from "@clausework/model";
import { renderPdf } from "./index.js";
import {
  installStreamBuffers,
  pdfmakeRequire,
  pdfmakesPdfkit,
  referencePrototype,
  replaceStreamMethods,
  write,
  type StreamMethods,
} from "./stream-buffers.js";
import { pristineModule } from "./test-pristine.js";

// pdfkit as pdfmake requires it.
const require = pdfmakeRequire();
const pdfkitPath = require.resolve("pdfkit");
const pristinePdfkit = (): unknown => pristineModule(require, pdfkitPath);

function prototypeOf(pdfkit: unknown): StreamMethods {
  const prototype = referencePrototype(pdfkit);
  if (prototype === undefined) throw new Error("pdfkit's PDFReference is not where it was");
  return prototype;
}

type Written = { bytes: Buffer; data: unknown; uncompressedLength: unknown };

/** Writes the chunks to a reference of `pdfkit` and finalizes it on a stand-in document. */
function writeStream(pdfkit: unknown, chunks: readonly unknown[], compress: boolean): Written {
  const out: Buffer[] = [];
  const document = {
    _offsets: [],
    _waiting: 0,
    _offset: 0,
    _security: null,
    compress,
    _write(data: unknown) {
      out.push(
        data instanceof Uint8Array ? Buffer.from(data) : Buffer.from(`${String(data)}\n`, "binary"),
      );
    },
    _refEnd() {},
  };
  const documentClass = pdfkit as { prototype: { ref(this: unknown, data: object): unknown } };
  const reference = documentClass.prototype.ref.call(document, {}) as {
    write(chunk: unknown): void;
    end(): void;
    data: unknown;
    uncompressedLength: unknown;
  };
  for (const chunk of chunks) reference.write(chunk);
  reference.end();
  return {
    bytes: Buffer.concat(out),
    data: reference.data,
    uncompressedLength: reference.uncompressedLength,
  };
}

// Operators, text beyond Latin-1 (pdfkit keeps the low byte), bytes, and empty bytes.
const chunk = fc.oneof(
  fc.constantFrom("BT", "1 0 0 1 72 700 Tm", "/F1 12 Tf", "ET", "[<0041> 20 <0042>] TJ"),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.uint8Array({ maxLength: 6000 }),
);

describe("streams written into one buffer", () => {
  it("give pdfkit's own bytes, lengths and filter", () => {
    const original = pristinePdfkit();
    const replaced = pristinePdfkit();
    replaceStreamMethods(prototypeOf(replaced));
    expect(prototypeOf(replaced).write).toBe(write);
    expect(prototypeOf(original).write).not.toBe(write);
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 60 }), fc.boolean(), (chunks, compress) => {
        expect(writeStream(replaced, chunks, compress)).toStrictEqual(
          writeStream(original, chunks, compress),
        );
      }),
      { numRuns: 500, seed: 20261127 },
    );
  });

  it("grow past their first buffer without losing a byte", () => {
    const original = pristinePdfkit();
    const replaced = pristinePdfkit();
    replaceStreamMethods(prototypeOf(replaced));
    const chunks = Array.from({ length: 5_000 }, (_, index) => `${index} 0 0 1 72.5 ${index} Tm`);
    const ours = writeStream(replaced, chunks, false);
    expect(ours.bytes.length).toBeGreaterThan(100_000);
    expect(ours).toStrictEqual(writeStream(original, chunks, false));
  });

  it("step aside when pdfkit is not what they expect", () => {
    expect(referencePrototype(undefined)).toBeUndefined();
    expect(referencePrototype(class {})).toBeUndefined();
    expect(
      referencePrototype(
        class {
          ref() {
            return { buffer: "no" };
          }
        },
      ),
    ).toBeUndefined();
    expect(
      referencePrototype(
        class {
          ref(): never {
            throw new TypeError("this document has no _security");
          }
        },
      ),
    ).toBeUndefined();
  });

  it("leave a document's bytes as they were", async () => {
    // pdfkit's own methods, before this file's first render replaces them. (A
    // fresh copy of pdfkit would not do: its methods know their own classes.)
    const shared = prototypeOf(pdfmakesPdfkit());
    const own = { write: shared.write, finalize: shared.finalize };
    expect(own.write).not.toBe(write);
    installStreamBuffers();
    expect(shared.write).toBe(write);
    const ours = { write: shared.write, finalize: shared.finalize };
    const replaced = await renderPdf(sampleDocument);
    Object.assign(shared, own);
    try {
      expect(Buffer.from(await renderPdf(sampleDocument)).equals(Buffer.from(replaced))).toBe(true);
    } finally {
      Object.assign(shared, ours);
    }
  });
});
