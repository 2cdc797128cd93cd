// Inline nodes to runs: one handler per inline type. Formatting accumulates on
// the way down (strong inside emphasis is bold italic), and every string passes
// the XML check and the direction split on its way into a run.
import { ExternalHyperlink, TextRun, type ParagraphChild } from "docx";
import { replaceIsolates, UnknownNodeError, type Inline, type InlineType } from "@clausework/model";
import { directionSegments } from "./bidi.js";
import { styleIds } from "./style-ids.js";
import { checkXmlText, lines } from "./text.js";

export type RunFormat = {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly style?: string;
  /** The paragraph reads right to left (paragraphs.ts sets it from the model's rule). */
  readonly rightToLeftParagraph?: boolean;
};

// Word does not apply the isolate controls around a value (the model's
// `isolate`; OOXML predates them). A mark of the paragraph's direction on each
// side is the older way to the same end: a number after the value reads in
// the paragraph's direction instead of joining a right-to-left value.
const LEFT_TO_RIGHT_MARK = "\u200e";
const RIGHT_TO_LEFT_MARK = "\u200f";
const marked = (value: string, format: RunFormat) =>
  replaceIsolates(
    value,
    format.rightToLeftParagraph === true ? RIGHT_TO_LEFT_MARK : LEFT_TO_RIGHT_MARK,
  );

type Handler<T extends Inline> = (node: T, format: RunFormat) => ParagraphChild[];
type Handlers = { readonly [K in InlineType]: Handler<Extract<Inline, { type: K }>> };

// Bold and italic need their complex-script twins, or Hebrew and Arabic runs
// ignore them.
function runOptions(format: RunFormat) {
  return {
    ...(format.bold === true ? { bold: true, boldComplexScript: true } : {}),
    ...(format.italics === true ? { italics: true, italicsComplexScript: true } : {}),
    ...(format.style === undefined ? {} : { style: format.style }),
  };
}

/** A string as runs: line feeds become breaks, right-to-left script its own runs. */
export function textRuns(value: string, format: RunFormat = {}): TextRun[] {
  checkXmlText(value);
  const options = runOptions(format);
  return lines(marked(value, format)).flatMap((line, index) => [
    ...(index > 0 ? [new TextRun({ ...options, break: 1 })] : []),
    ...directionSegments(line).map(
      ({ text, rightToLeft }) =>
        new TextRun({ ...options, text, ...(rightToLeft ? { rightToLeft } : {}) }),
    ),
  ]);
}

/** Only web and mail addresses become links; anything else prints as its text. */
export function isAllowedUrl(url: string): boolean {
  return /^(https:\/\/[^\s]+|mailto:[^\s]+)$/i.test(url);
}

const handlers: Handlers = {
  text: (node, format) => textRuns(node.value, format),
  strong: (node, format) => renderInlines(node.children, { ...format, bold: true }),
  emphasis: (node, format) => renderInlines(node.children, { ...format, italics: true }),
  break: (_node, format) => [new TextRun({ ...runOptions(format), break: 1 })],
  link: (node, format) => {
    // A link inside a link cannot be nested in Word: the outer one wins.
    const nested = format.style === styleIds.hyperlink;
    if (nested || !isAllowedUrl(node.url)) return renderInlines(node.children, format);
    const children = renderInlines(node.children, { ...format, style: styleIds.hyperlink });
    return [new ExternalHyperlink({ link: checkXmlText(node.url), children })];
  },
};

export function renderInlines(
  inlines: readonly Inline[],
  format: RunFormat = {},
): ParagraphChild[] {
  return inlines.flatMap((node) => {
    const handler = Object.hasOwn(handlers, node.type) ? handlers[node.type] : undefined;
    if (handler === undefined) throw new UnknownNodeError(node.type, "render-docx");
    return (handler as Handler<Inline>)(node, format);
  });
}
