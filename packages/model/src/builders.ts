// Small builders so composing code reads like the document it builds.
import { UnknownNodeError } from "./walk.js";
import type {
  Block,
  Emphasis,
  Inline,
  Link,
  List,
  Notice,
  NoticeTone,
  Paragraph,
  Section,
  Strong,
} from "./nodes.js";

/**
 * Plain text as inline nodes. Line feeds (after CR/CRLF are normalised) become
 * `break` nodes, so no renderer ever sees a raw line feed inside a text run.
 */
export function text(value: string): Inline[] {
  const lines = value.replace(/\r\n?/g, "\n").split("\n");
  const out: Inline[] = [];
  lines.forEach((line, index) => {
    if (index > 0) out.push({ type: "break" });
    if (line !== "") out.push({ type: "text", value: line });
  });
  return out;
}

export const strong = (...children: Inline[]): Strong => ({ type: "strong", children });
export const emphasis = (...children: Inline[]): Emphasis => ({ type: "emphasis", children });
export const link = (url: string, children: Inline[]): Link => ({ type: "link", url, children });
export const paragraph = (...children: Inline[]): Paragraph => ({ type: "paragraph", children });

export function section(id: string, title: string, children: Block[], number?: string): Section {
  return number === undefined
    ? { type: "section", id, title, children }
    : { type: "section", id, number, title, children };
}

export function list(ordered: boolean, items: Block[][]): List {
  return { type: "list", ordered, items: items.map((children) => ({ children })) };
}

export function notice(tone: NoticeTone, children: Block[], title?: string): Notice {
  return title === undefined
    ? { type: "notice", tone, children }
    : { type: "notice", tone, title, children };
}

/** The visible text of inline content, with breaks as line feeds. */
export function plainText(inlines: readonly Inline[]): string {
  return inlines
    .map((node) => {
      switch (node.type) {
        case "text":
          return node.value;
        case "break":
          return "\n";
        case "strong":
        case "emphasis":
        case "link":
          return plainText(node.children);
        default:
          // A model from outside TypeScript (JSON, a plugin) may hold anything.
          throw new UnknownNodeError(String((node as { type?: unknown }).type), "plainText");
      }
    })
    .join("");
}
