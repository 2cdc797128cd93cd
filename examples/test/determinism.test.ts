// Same input, same bytes: a rebuild in the same process gives identical files in
// every format.
import { describe, expect, it } from "vitest";
import { buildExample, builtExample, exampleNames } from "./build-example.js";

describe.each(exampleNames)("%s", (example) => {
  it("rebuilds byte-identical PDF, DOCX, HTML and Markdown", async () => {
    const first = await builtExample(example);
    const second = await buildExample(example);
    expect(second.documents.map((d) => d.kind)).toEqual(first.documents.map((d) => d.kind));
    first.documents.forEach((document, index) => {
      const again = second.documents[index];
      expect(Buffer.from(again?.pdf ?? []).equals(Buffer.from(document.pdf))).toBe(true);
      expect(Buffer.from(again?.docx ?? []).equals(Buffer.from(document.docx))).toBe(true);
      expect(again?.html).toBe(document.html);
      expect(again?.markdown).toBe(document.markdown);
    });
  });
});
