// The words a reader sees, in reading order, computed from the model alone. The HTML
// must show each of them exactly once per occurrence: no hidden copies, nothing lost.
import { plainText } from "@clausework/model";
import type { Block, DocumentModel } from "@clausework/model";
import { sectionNumberText } from "../src/section.js";

function blockStrings(block: Block): string[] {
  switch (block.type) {
    case "section":
      return [
        ...(block.number === undefined ? [] : [sectionNumberText(block.number)]),
        block.title,
        ...block.children.flatMap(blockStrings),
      ];
    case "paragraph":
      return [plainText(block.children)];
    case "list":
      return block.items.flatMap((item) => item.children.flatMap(blockStrings));
    case "table":
      return [
        ...(block.caption === undefined ? [] : [block.caption]),
        ...block.columns.map((column) => column.header),
        ...block.rows.flatMap((row) => row.map(plainText)),
      ];
    case "keyFacts":
      return block.items.flatMap((item) => [item.label, plainText(item.value)]);
    case "notice":
      return [
        ...(block.title === undefined ? [] : [block.title]),
        ...block.children.flatMap(blockStrings),
      ];
    case "signatures":
      return block.parties.flatMap((party) => [
        party.role,
        party.partyName,
        ...party.signatories.flatMap((person) => [
          block.labels.signature,
          person.name,
          ...(person.title === undefined ? [] : [person.title]),
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

export function visibleWords(doc: DocumentModel): string[] {
  const strings = [doc.meta.title, doc.meta.subtitle ?? "", ...doc.children.flatMap(blockStrings)];
  return strings.flatMap((value) => value.split(/\s+/)).filter((word) => word !== "");
}
