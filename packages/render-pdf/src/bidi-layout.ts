// Right-to-left text in a whole definition: every text node is given the width
// pdfmake will lay it out in (margins, table cells and their padding, columns,
// list markers taken off) and the font it inherits, so bidi-text.ts can break
// its lines. Widths follow pdfmake's own rules; where a rule is not copied
// exactly, the width taken is the smaller one, since a line that does not fit
// would be wrapped again by pdfmake.
import type {
  Content,
  ContentText,
  CustomTableLayout,
  StyleDictionary,
} from "pdfmake/interfaces.js";
import { hasBidiText } from "./bidi-order.js";
import { orderedTextNode, type TextBox } from "./bidi-text.js";
import { mainFamily } from "./fonts.js";
import { tableLayouts } from "./table-layouts.js";
import { textWidth } from "./text-width.js";

type Node = Readonly<Record<string, unknown>>;

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Left and right margin of pdfmake's margin forms: n, [horizontal, vertical], [l, t, r, b]. */
function sideMargins(margin: unknown): number {
  if (typeof margin === "number") return 2 * margin;
  if (!Array.isArray(margin)) return 0;
  const values = margin.map((value) => (typeof value === "number" ? value : 0));
  return values.length === 2 ? 2 * (values[0] ?? 0) : (values[0] ?? 0) + (values[2] ?? 0);
}

function styled(node: Node, box: TextBox, styles: StyleDictionary): TextBox {
  const names = [node.style].flat().filter((name): name is string => typeof name === "string");
  const sources: Node[] = [...names.map((name) => (styles[name] ?? {}) as Node), node];
  let { fontSize, bold, italics } = box;
  let margin: unknown;
  for (const source of sources) {
    if (typeof source.fontSize === "number") fontSize = source.fontSize;
    if (typeof source.bold === "boolean") bold = source.bold;
    if (typeof source.italics === "boolean") italics = source.italics;
    if (source.margin !== undefined) margin = source.margin;
  }
  return { width: box.width - sideMargins(margin), fontSize, bold, italics };
}

/** Star columns share what fixed and percentage columns leave; `reserved` is padding and rules. */
function columnWidths(widths: readonly unknown[], total: number, reserved: (i: number) => number) {
  const fixed = widths.map((width, index) => {
    if (typeof width === "number") return width;
    if (typeof width === "string" && width.endsWith("%")) {
      return (Number.parseFloat(width) / 100) * total - reserved(index);
    }
    return undefined;
  });
  const stars = fixed.filter((width) => width === undefined).length;
  // Every column keeps its padding and rules, whatever its width.
  const used = fixed.reduce<number>((sum, width, index) => sum + (width ?? 0) + reserved(index), 0);
  const share = stars === 0 ? 0 : (total - used) / stars;
  return fixed.map((width) => width ?? share);
}

// pdfmake's default layout, for a table that names none of ours.
const defaultLayout: CustomTableLayout = {
  paddingLeft: () => 4,
  paddingRight: () => 4,
  vLineWidth: () => 1,
};

function tableNode(node: Node, box: TextBox, styles: StyleDictionary): Content {
  const table = node.table as { widths?: unknown[]; body: unknown[][] };
  const layout = (typeof node.layout === "string" && tableLayouts[node.layout]) || defaultLayout;
  const columns = table.body[0]?.length ?? 0;
  const self = node as never;
  const side = (value: unknown, i: number): number => {
    const result: unknown =
      typeof value === "function" ? (value as (i: number, node: never) => unknown)(i, self) : value;
    return typeof result === "number" ? result : 0;
  };
  const reserved = (i: number) =>
    side(layout.paddingLeft, i) +
    side(layout.paddingRight, i) +
    side(layout.vLineWidth, i) +
    side(layout.vLineWidth, i + 1);
  const widths = columnWidths(table.widths ?? Array(columns).fill("*"), box.width, reserved);
  const body = table.body.map((row) =>
    row.map((cell, index) => visit(cell, { ...box, width: widths[index] ?? 0 }, styles)),
  );
  return { ...node, table: { ...table, body } } as unknown as Content;
}

function columnsNode(node: Node, box: TextBox, styles: StyleDictionary): Content {
  const columns = (node.columns as unknown[]) ?? [];
  const gap = typeof node.columnGap === "number" ? node.columnGap : 0;
  const total = box.width - gap * Math.max(0, columns.length - 1);
  const widths = columnWidths(
    columns.map((column) => (isNode(column) ? column.width : undefined)),
    total,
    () => 0,
  );
  const laidOut = columns.map((column, index) =>
    visit(column, { ...box, width: widths[index] ?? 0 }, styles),
  );
  return { ...node, columns: laidOut } as unknown as Content;
}

// Shaping a marker takes a fontkit layout: each size of each label is measured once.
const markerWidths = new Map<string, number>();

function markerWidth(label: string, box: TextBox): number {
  const key = `${label}|${box.fontSize}|${box.bold}|${box.italics}`;
  const known = markerWidths.get(key);
  if (known !== undefined) return known;
  const width = textWidth(label, { family: mainFamily, ...box });
  // Bounded: list lengths and sizes are few, but a long-lived process renders many.
  if (markerWidths.size > 1_000) markerWidths.clear();
  markerWidths.set(key, width);
  return width;
}

// A list item whose marker belongs on the right (list.ts decides which). A
// symbol, so the mark never reaches pdfmake or the JSON of a definition: this
// walk replaces every marked item, and list.ts only marks right-to-left text,
// which always gets walked.
const rightToLeftItem = Symbol("right-to-left list item");

/** A list item of these blocks, drawn with its marker on the right. */
export function markRightToLeftItem(blocks: Content[]): Content {
  return { stack: blocks, [rightToLeftItem]: true } as unknown as Content;
}

/**
 * pdfmake draws every marker on the left. A marked item hides its marker and
 * is drawn as the mirror image of the others: its text takes the marker's gap on
 * the left (a negative margin) and gives up as much on the right, where its
 * marker goes. A number reads "1." from the right, as in right-to-left text.
 */
function mirrored(item: Node, key: "ul" | "ol", number: number, gap: number): Node {
  const marker = key === "ul" ? "\u2022" : `\u200f${number}.`;
  return {
    listType: "none",
    margin: [-gap, 0, 0, 0],
    columnGap: 0,
    columns: [
      { width: "*", stack: item.stack },
      { width: gap, text: marker, alignment: "right" },
    ],
  };
}

/** A list's items are narrower by the marker: pdfmake sizes it from "9. " or the widest number. */
function listNode(node: Node, key: "ul" | "ol", box: TextBox, styles: StyleDictionary): Content {
  const items = (node[key] as unknown[]) ?? [];
  const marker = (label: string) => markerWidth(label, box);
  const gap = Math.max(marker("9. "), key === "ol" ? marker(`${items.length}. `) : 0);
  const inner = { ...box, width: box.width - gap };
  const start = typeof node.start === "number" ? node.start : 1;
  const laidOut = items.map((item, index) =>
    isNode(item) && rightToLeftItem in item
      ? visit(mirrored(item, key, start + index, gap), inner, styles)
      : visit(item, inner, styles),
  );
  return { ...node, [key]: laidOut } as unknown as Content;
}

function visit(content: unknown, box: TextBox, styles: StyleDictionary): Content {
  if (typeof content === "string") {
    return hasBidiText(content) ? visit({ text: content }, box, styles) : content;
  }
  if (Array.isArray(content))
    return content.map((item) => visit(item, box, styles)) as unknown as Content;
  if (!isNode(content)) return content as unknown as Content;
  const inner = styled(content, box, styles);
  if ("text" in content) return orderedTextNode(content as unknown as ContentText, inner);
  if (Array.isArray(content.stack)) {
    return {
      ...content,
      stack: content.stack.map((item) => visit(item, inner, styles)),
    } as unknown as Content;
  }
  if (isNode(content.table)) return tableNode(content, inner, styles);
  if (Array.isArray(content.columns)) return columnsNode(content, inner, styles);
  if (Array.isArray(content.ul)) return listNode(content, "ul", inner, styles);
  if (Array.isArray(content.ol)) return listNode(content, "ol", inner, styles);
  return content as unknown as Content;
}

/** The content with every right-to-left text laid out in ordered lines; other nodes unchanged. */
export function orderRightToLeft(content: Content, box: TextBox, styles: StyleDictionary): Content {
  return visit(content, box, styles);
}
