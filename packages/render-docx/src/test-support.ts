// Helpers for tests only (excluded from the build): read parts of a DOCX,
// pretty-print them for goldens, parse them into a tree, find real clients.
import { execFileSync } from "node:child_process";
import { strFromU8, unzipSync } from "fflate";
import { XMLParser } from "fast-xml-parser";
import {
  sampleDocument,
  type Block,
  type DocumentMeta,
  type DocumentModel,
} from "@clausework/model";
import { renderDocx } from "./index.js";

/** The text of one part of the package, e.g. "word/footer1.xml". */
export function partXml(bytes: Uint8Array, path: string): string {
  const files = unzipSync(bytes, { filter: (file) => file.name === path });
  const data = files[path];
  if (data === undefined) throw new Error(`no part ${path} in the package`);
  return strFromU8(data);
}

// A tag, with quoted attribute values that may hold '>'; or a run of text.
const token = /<(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+/g;

/**
 * One element per line, indented; an element holding only text stays on one
 * line. Escapes are kept as written, so a golden shows how text was escaped.
 */
export function prettyXml(xml: string): string {
  const tokens = xml.match(token) ?? [];
  const out: string[] = [];
  let depth = 0;
  const line = (text: string) => out.push(`${"  ".repeat(depth)}${text}`);
  for (let index = 0; index < tokens.length; index += 1) {
    const current = tokens[index] ?? "";
    const next = tokens[index + 1] ?? "";
    const afterNext = tokens[index + 2] ?? "";
    if (current.startsWith("<?") || current.endsWith("/>")) line(current);
    else if (current.startsWith("</")) {
      depth -= 1;
      line(current);
    } else if (current.startsWith("<")) {
      if (next.startsWith("</")) {
        line(current + next);
        index += 1;
      } else if (!next.startsWith("<") && afterNext.startsWith("</")) {
        line(current + next + afterNext);
        index += 2;
      } else {
        line(current);
        depth += 1;
      }
    } else if (current.trim() !== "") line(current);
  }
  return `${out.join("\n")}\n`;
}

/** `word/document.xml`, pretty-printed: what the goldens hold. */
export function documentXml(bytes: Uint8Array): string {
  return prettyXml(partXml(bytes, "word/document.xml"));
}

export type XmlElement = {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlElement[];
  readonly text: string;
};

type Ordered = Record<string, unknown>;

function toElements(nodes: readonly Ordered[]): XmlElement[] {
  return nodes.flatMap((node) => {
    const name = Object.keys(node).find((key) => key !== ":@" && key !== "#text");
    if (name === undefined) return [];
    const children = (node[name] ?? []) as Ordered[];
    const attributes = (node[":@"] ?? {}) as Record<string, string>;
    const text = children
      .map((child) => (typeof child["#text"] === "string" ? child["#text"] : ""))
      .join("");
    return [{ name, attributes, children: toElements(children), text }];
  });
}

/** Parses XML strictly (throws on malformed input) into a small element tree. */
export function parseXml(xml: string): XmlElement[] {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
  });
  return toElements(parser.parse(xml, true) as Ordered[]);
}

/** Every element named `name` at any depth, in document order. */
export function findAll(elements: readonly XmlElement[], name: string): XmlElement[] {
  return elements.flatMap((element) => [
    ...(element.name === name ? [element] : []),
    ...findAll(element.children, name),
  ]);
}

/** Fails loudly, naming the Debian package, when a real client is not installed. */
export function requireTool(command: string, debianPackage: string): void {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
  } catch {
    throw new Error(`${command} is not installed: apt-get install ${debianPackage}`);
  }
}

/** A document with the sample's metadata and the given blocks. */
export function documentWith(
  children: readonly Block[],
  meta: Partial<DocumentMeta> = {},
): DocumentModel {
  return { ...sampleDocument, meta: { ...sampleDocument.meta, ...meta }, children };
}

/** Renders a document and parses one part of it (the body by default). */
export async function renderPart(
  doc: DocumentModel,
  path = "word/document.xml",
): Promise<{ readonly xml: string; readonly tree: XmlElement[] }> {
  const xml = partXml(await renderDocx(doc), path);
  return { xml, tree: parseXml(xml) };
}

/** The attribute `w:val` of the first `name` element inside `element`, if any. */
export function valueOf(element: XmlElement, name: string): string | undefined {
  return findAll([element], name)[0]?.attributes["w:val"];
}

/** The concatenated `w:t` text inside an element. */
export function textOf(element: XmlElement): string {
  return findAll([element], "w:t")
    .map((t) => t.text)
    .join("");
}
