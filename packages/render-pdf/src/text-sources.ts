// Every string the PDF draws, with the path of the node or field it comes from
// ("children/3/children/0"), so a coverage gap can say where to fix the input.
import { UnknownNodeError } from "@clausework/model";
import type { Block, DocumentModel, Inline } from "@clausework/model";

export type TextSource = { readonly text: string; readonly where: string };

type Sink = (text: string | undefined, where: string) => void;

function inlineTexts(inlines: readonly Inline[], path: string, sink: Sink): void {
  inlines.forEach((node, index) => {
    const where = `${path}/${index}`;
    switch (node.type) {
      case "text":
        return sink(node.value, where);
      case "break":
        return;
      case "strong":
      case "emphasis":
      case "link":
        return inlineTexts(node.children, `${where}/children`, sink);
      default:
        throw new UnknownNodeError((node as { type: string }).type, "render-pdf");
    }
  });
}

function blockTexts(block: Block, path: string, sink: Sink): void {
  switch (block.type) {
    case "section":
      sink(block.number, `${path}/number`);
      sink(block.title, `${path}/title`);
      return blocksTexts(block.children, `${path}/children`, sink);
    case "paragraph":
      return inlineTexts(block.children, `${path}/children`, sink);
    case "list":
      return block.items.forEach((item, index) =>
        blocksTexts(item.children, `${path}/items/${index}/children`, sink),
      );
    case "table":
      sink(block.caption, `${path}/caption`);
      block.columns.forEach((column, index) =>
        sink(column.header, `${path}/columns/${index}/header`),
      );
      return block.rows.forEach((row, rowIndex) =>
        row.forEach((cell, index) => inlineTexts(cell, `${path}/rows/${rowIndex}/${index}`, sink)),
      );
    case "keyFacts":
      return block.items.forEach((item, index) => {
        sink(item.label, `${path}/items/${index}/label`);
        inlineTexts(item.value, `${path}/items/${index}/value`, sink);
      });
    case "notice":
      sink(block.title, `${path}/title`);
      return blocksTexts(block.children, `${path}/children`, sink);
    case "signatures":
      return signatureTexts(block, path, sink);
    case "schedule":
      return scheduleTexts(block, path, sink);
    case "pageBreak":
      return;
    default:
      throw new UnknownNodeError((block as { type: string }).type, "render-pdf");
  }
}

function signatureTexts(block: Block & { type: "signatures" }, path: string, sink: Sink): void {
  sink(block.labels.signature, `${path}/labels/signature`);
  sink(block.labels.date, `${path}/labels/date`);
  block.parties.forEach((party, index) => {
    const at = `${path}/parties/${index}`;
    sink(party.role, `${at}/role`);
    sink(party.partyName, `${at}/partyName`);
    party.signatories.forEach((person, personIndex) => {
      sink(person.name, `${at}/signatories/${personIndex}/name`);
      sink(person.title, `${at}/signatories/${personIndex}/title`);
    });
  });
}

function scheduleTexts(block: Block & { type: "schedule" }, path: string, sink: Sink): void {
  for (const [key, label] of Object.entries(block.columns)) sink(label, `${path}/columns/${key}`);
  block.entries.forEach((entry, index) => {
    const at = `${path}/entries/${index}`;
    sink(entry.dateText, `${at}/dateText`);
    sink(entry.ownerText, `${at}/ownerText`);
    sink(entry.title, `${at}/title`);
    sink(entry.basis, `${at}/basis`);
  });
}

function blocksTexts(blocks: readonly Block[], path: string, sink: Sink): void {
  blocks.forEach((block, index) => blockTexts(block, `${path}/${index}`, sink));
}

/** The drawn strings of one block and everything inside it. */
export function blockStrings(block: Block): string[] {
  const out: string[] = [];
  blockTexts(block, "", (text) => {
    if (text !== undefined) out.push(text);
  });
  return out;
}

/** All drawn strings in reading order: title block (also the running header), then the body. */
export function documentTexts(doc: DocumentModel): TextSource[] {
  const out: TextSource[] = [];
  const sink: Sink = (text, where) => {
    if (text !== undefined && text !== "") out.push({ text, where });
  };
  sink(doc.meta.title, "meta/title");
  sink(doc.meta.subtitle, "meta/subtitle");
  blocksTexts(doc.children, "children", sink);
  return out;
}
