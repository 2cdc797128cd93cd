import { describe, expect, it } from "vitest";
import { sampleDocument } from "@clausework/model";
import type { Content } from "pdfmake/interfaces.js";
import { toPdfDefinition } from "./index.js";
import { issueDate, withPageFurniture } from "./page-furniture.js";

type PageFunction = (currentPage: number, pageCount: number) => Content | null;

describe("issueDate", () => {
  it("is midnight UTC of the issue date", () => {
    expect(issueDate(sampleDocument.meta).toISOString()).toBe("2027-01-15T00:00:00.000Z");
  });

  it("rejects anything but an ISO date", () => {
    const meta = { ...sampleDocument.meta, issuedOn: "15/01/2027" };
    expect(() => issueDate(meta)).toThrow(/not an ISO date/);
  });
});

describe("withPageFurniture", () => {
  const definition = withPageFurniture(toPdfDefinition(sampleDocument), sampleDocument.meta);

  it("dates the document from the issue date", () => {
    expect(definition.info?.creationDate?.toISOString()).toBe("2027-01-15T00:00:00.000Z");
    expect(definition.info?.modDate?.toISOString()).toBe("2027-01-15T00:00:00.000Z");
  });

  it("shows the title in the header from the second page on", () => {
    const header = definition.header as PageFunction;
    expect(header(1, 3)).toBeNull();
    expect(header(2, 3)).toMatchObject({ text: "Services Agreement", style: "pageHeader" });
  });

  it("numbers pages 'Page X of Y'", () => {
    const footer = definition.footer as PageFunction;
    expect(footer(2, 5)).toMatchObject({ text: "Page 2 of 5", style: "pageFooter" });
  });
});
