import { describe, expect, it } from "vitest";
import { sampleDocument } from "@clausework/model";
import { buildDocxDocument } from "./index.js";
import { packDocument, packDocumentByZip } from "./package-files.js";

describe("packDocument", () => {
  it("gives the same bytes as zipping with the Packer and normalising the zip", async () => {
    const model = sampleDocument;
    const direct = await packDocument(buildDocxDocument(model), model.meta.issuedOn);
    const byZip = await packDocumentByZip(buildDocxDocument(model), model.meta.issuedOn);
    expect(direct.length).toBeGreaterThan(1000);
    expect(Buffer.from(direct).equals(Buffer.from(byZip))).toBe(true);
  });
});
