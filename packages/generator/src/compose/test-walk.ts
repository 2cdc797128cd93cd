// Test support: read a composed document back as plain facts: its text, sections, links.
import type { Block, DocumentModel, Inline, Link, Section } from "@clausework/model";
import { plainText, visitBlocks } from "@clausework/model";
import { expect } from "vitest";

function blockTexts(block: Block): string[] {
  switch (block.type) {
    case "section":
      return [block.title];
    case "paragraph":
      return [plainText(block.children)];
    case "notice":
      return block.title === undefined ? [] : [block.title];
    case "keyFacts":
      return block.items.flatMap((item) => [item.label, plainText(item.value)]);
    case "table":
      return [
        ...block.columns.map((column) => column.header),
        ...block.rows.flat().map((cell) => plainText(cell)),
      ];
    case "schedule":
      return block.entries.flatMap((entry) => [
        entry.dateText,
        entry.ownerText,
        entry.title,
        entry.basis ?? "",
      ]);
    case "signatures":
      return block.parties.flatMap((party) => [
        party.role,
        party.partyName,
        ...party.signatories.flatMap((signatory) => [signatory.name, signatory.title ?? ""]),
      ]);
    case "list":
    case "pageBreak":
      return [];
  }
}

/** Every visible string of the document, one per text run, in document order. */
export function documentTexts(document: DocumentModel): string[] {
  const texts: string[] = [];
  visitBlocks(document.children, (block) => texts.push(...blockTexts(block)));
  return texts;
}

export function sections(document: DocumentModel): Section[] {
  const found: Section[] = [];
  visitBlocks(document.children, (block) => {
    if (block.type === "section") found.push(block);
  });
  return found;
}

export function blocksOfType<T extends Block["type"]>(document: DocumentModel, type: T) {
  const found: Extract<Block, { type: T }>[] = [];
  visitBlocks(document.children, (block) => {
    if (block.type === type) found.push(block as Extract<Block, { type: T }>);
  });
  return found;
}

function inlineLinks(inlines: readonly Inline[]): Link[] {
  return inlines.flatMap((inline) => {
    if (inline.type === "link") return [inline, ...inlineLinks(inline.children)];
    return inline.type === "strong" || inline.type === "emphasis"
      ? inlineLinks(inline.children)
      : [];
  });
}

function blockInlines(block: Block): (readonly Inline[])[] {
  if (block.type === "paragraph") return [block.children];
  if (block.type === "keyFacts") return block.items.map((item) => item.value);
  if (block.type === "table") return block.rows.flat();
  return [];
}

export function links(document: DocumentModel): Link[] {
  const found: Link[] = [];
  visitBlocks(document.children, (block) =>
    blockInlines(block).forEach((inlines) => found.push(...inlineLinks(inlines))),
  );
  return found;
}

export function sectionIds(document: DocumentModel): string[] {
  return sections(document).map((section) => section.id);
}

/** No "undefined", "NaN", printed objects, markers, empty or untitled sections, or leftover escapes. */
export function expectClean(name: string, document: DocumentModel): void {
  const json = JSON.stringify(document);
  for (const bad of ["undefined", "[object Object]", "NaN", "<clausework:"]) {
    expect(json.includes(bad), `${name} contains ${bad}`).toBe(false);
  }
  for (const section of sections(document)) {
    expect(section.children.length, `${name}: section ${section.id} is empty`).toBeGreaterThan(0);
    expect(section.title.trim(), `${name}: section ${section.id} has no title`).not.toBe("");
  }
  const ids = sectionIds(document);
  expect(new Set(ids).size, `${name}: duplicate section ids`).toBe(ids.length);
  for (const text of documentTexts(document)) {
    expect(/\\[\\`*_{}[\]()#+\-.!|<>~&=]/.test(text), `${name}: escape left in "${text}"`).toBe(
      false,
    );
  }
}
