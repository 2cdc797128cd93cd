import type { DocumentModel } from "@clausework/model";
import { MissingGlyphsError, renderPdf } from "@clausework/render-pdf";
import { describe, expect, it } from "vitest";
import { restartingPdfThread, startPdfThread, type PdfThread } from "./pdf-thread.js";

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

  it("reports itself stopped once destroyed", async () => {
    const thread = startPdfThread();
    expect(thread.stopped()).toBe(false);
    await thread.destroy();
    expect(thread.stopped()).toBe(true);
    await expect(thread.render(doc("Late"))).rejects.toThrow(/ended/);
  });
});

/** A stand-in thread: answers with its name, or has died. */
function fakeThread(name: string, dead = false): PdfThread & { destroyed: boolean } {
  const thread = {
    destroyed: false,
    render: () =>
      dead
        ? Promise.reject(new Error(`${name} died`))
        : Promise.resolve(new TextEncoder().encode(name)),
    destroy: async () => {
      thread.destroyed = true;
    },
    stopped: () => dead || thread.destroyed,
  };
  return thread;
}

describe("a batch's PDF thread", () => {
  it("starts a new thread for the next document after a crash, and only then", async () => {
    const started: string[] = [];
    const start = (): PdfThread => {
      started.push(`thread ${started.length + 2}`);
      return fakeThread(`thread ${started.length + 1}`);
    };
    const alive = restartingPdfThread(fakeThread("thread 1"), start);
    expect(new TextDecoder().decode(await alive.render(doc("A")))).toBe("thread 1");
    expect(started).toEqual([]);

    const crashed = restartingPdfThread(fakeThread("thread 1", true), start);
    expect(new TextDecoder().decode(await crashed.render(doc("B")))).toBe("thread 2");
    expect(new TextDecoder().decode(await crashed.render(doc("C")))).toBe("thread 2");
    expect(started).toEqual(["thread 2"]);
  });

  it("starts nothing once destroyed, and ends the thread it holds", async () => {
    const first = fakeThread("thread 1");
    let starts = 0;
    const thread = restartingPdfThread(first, () => {
      starts += 1;
      return fakeThread("another");
    });
    await thread.destroy();
    expect(first.destroyed).toBe(true);
    expect(thread.stopped()).toBe(true);
    await thread.render(doc("After")).catch(() => undefined);
    expect(starts).toBe(0);
  });
});
