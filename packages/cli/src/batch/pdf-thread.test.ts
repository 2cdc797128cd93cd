import type { DocumentModel } from "@clausework/model";
import { MissingGlyphsError, renderPdf } from "@clausework/render-pdf";
import { describe, expect, it } from "vitest";
import { startPdfThread } from "./pdf-thread.js";

const doc = (title: string): DocumentModel => ({
  type: "document",
  kind: "proposal",
  meta: {
    id: "thread-proposal",
    title,
    subject: "Proposal",
    author: "Ada Fenwick",
    parties: ["Ada Fenwick", "Brindle & Co"],
    issuedOn: "2027-06-01",
    language: "en-GB",
    pageSize: "A4",
  },
  children: [{ type: "paragraph", children: [{ type: "text", value: "Brindle & Co <Ltd>" }] }],
});

describe("the PDF helper thread", { timeout: 60_000 }, () => {
  it("renders the same bytes as this thread, and refuses missing glyphs the same way", async () => {
    const thread = startPdfThread();
    try {
      const here = await renderPdf(doc("Logo refresh"));
      expect(await thread.render(doc("Logo refresh"))).toEqual(here);
      // Hangul: no font of the PDF has it.
      const refused = thread.render(doc("Logo refresh for 안녕"));
      await expect(refused).rejects.toBeInstanceOf(MissingGlyphsError);
      await expect(refused).rejects.toMatchObject({
        gaps: [expect.objectContaining({ codePoints: ["U+C548", "U+B155"] })],
      });
    } finally {
      await thread.destroy();
    }
  });
});
