// The words a reader sees, computed from the model alone, as letter/digit runs so
// that punctuation Markdown adds around them (a colon after a label) does not matter.
import { plainText } from "@clausework/model";
import type { Block, DocumentModel } from "@clausework/model";

function blockStrings(block: Block): string[] {
  switch (block.type) {
    case "section":
      return [block.number ?? "", block.title, ...block.children.flatMap(blockStrings)];
    case "paragraph":
      return [plainText(block.children)];
    case "list":
      return block.items.flatMap((item) => item.children.flatMap(blockStrings));
    case "table":
      return [
        block.caption ?? "",
        ...block.columns.map((column) => column.header),
        ...block.rows.flatMap((row) => row.map(plainText)),
      ];
    case "keyFacts":
      return block.items.flatMap((item) => [item.label, plainText(item.value)]);
    case "notice":
      return [block.title ?? "", ...block.children.flatMap(blockStrings)];
    case "signatures":
      return block.parties.flatMap((party) => [
        party.role,
        party.partyName,
        ...party.signatories.flatMap((person) => [
          block.labels.signature,
          person.name,
          person.title ?? "",
          block.labels.date,
        ]),
      ]);
    case "schedule":
      return [
        ...Object.values(block.columns),
        ...block.entries.flatMap((entry) => [
          entry.dateText,
          entry.ownerText,
          entry.title,
          entry.basis ?? "",
        ]),
      ];
    case "pageBreak":
      return [];
  }
}

export const words = (value: string): string[] => value.match(/[\p{L}\p{N}]+/gu) ?? [];

export function visibleWords(doc: DocumentModel): string[] {
  const strings = [doc.meta.title, doc.meta.subtitle ?? "", ...doc.children.flatMap(blockStrings)];
  return strings.flatMap(words);
}

/** How often each word occurs. */
export function wordCounts(list: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of list) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}
