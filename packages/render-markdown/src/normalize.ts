// Inline content reshaped, without changing what it shows, into a form Markdown can
// express: line feeds in text become breaks, neighbouring texts and neighbouring
// emphasis of one kind merge, spaces and breaks at the inner edges of emphasis move
// outside it (`** a**` is not bold), empty emphasis goes, bold inside bold (italic
// inside italic) is unwrapped since its runs would fuse, and links that cannot be
// links (unsafe scheme, or inside another link) give way to their text.
import { text } from "@clausework/model";
import type { Emphasis, Inline, Strong } from "@clausework/model";
import { isSafeUrl } from "./url.js";

type Delimited = Strong | Emphasis;

const isDelimited = (node: Inline): node is Delimited =>
  node.type === "strong" || node.type === "emphasis";

function splitEdge(
  node: Inline | undefined,
  side: "start" | "end",
): [Inline[], Inline[]] | undefined {
  if (node?.type === "break") return [[node], []];
  if (node?.type !== "text") return undefined;
  const match = side === "start" ? /^\s+/u.exec(node.value) : /\s+$/u.exec(node.value);
  if (match === null) return undefined;
  const rest =
    side === "start" ? node.value.slice(match[0].length) : node.value.slice(0, match.index);
  const remainder: Inline[] = rest === "" ? [] : [{ type: "text", value: rest }];
  return [[{ type: "text", value: match[0] }], remainder];
}

function hoist(node: Delimited): Inline[] {
  const children = [...node.children];
  const before: Inline[] = [];
  const after: Inline[] = [];
  for (let edge = splitEdge(children[0], "start"); edge; edge = splitEdge(children[0], "start")) {
    before.push(...edge[0]);
    children.splice(0, 1, ...edge[1]);
  }
  for (
    let edge = splitEdge(children.at(-1), "end");
    edge;
    edge = splitEdge(children.at(-1), "end")
  ) {
    after.unshift(...edge[0]);
    children.splice(children.length - 1, 1, ...edge[1]);
  }
  return children.length === 0
    ? [...before, ...after]
    : [...before, { ...node, children }, ...after];
}

function merge(nodes: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const previous = out.at(-1);
    if (previous?.type === "text" && node.type === "text") {
      out[out.length - 1] = { type: "text", value: previous.value + node.value };
    } else if (
      previous !== undefined &&
      isDelimited(previous) &&
      previous.type === node.type &&
      isDelimited(node)
    ) {
      out[out.length - 1] = {
        ...previous,
        children: merge([...previous.children, ...node.children]),
      };
    } else {
      out.push(node);
    }
  }
  return out;
}

/** The marks already in force around some inline content. */
type Within = { readonly link: boolean; readonly strong: boolean; readonly emphasis: boolean };

function normalizeWithin(inlines: readonly Inline[], within: Within): Inline[] {
  const out = inlines.flatMap((node): Inline[] => {
    switch (node.type) {
      case "text":
        return text(node.value);
      case "link":
        return within.link || !isSafeUrl(node.url)
          ? normalizeWithin(node.children, within)
          : [{ ...node, children: normalizeWithin(node.children, { ...within, link: true }) }];
      case "strong":
      case "emphasis": {
        const children = normalizeWithin(node.children, { ...within, [node.type]: true });
        return within[node.type] ? children : hoist({ ...node, children });
      }
      default:
        return [node];
    }
  });
  return merge(out);
}

export const normalize = (inlines: readonly Inline[], insideLink: boolean): Inline[] =>
  normalizeWithin(inlines, { link: insideLink, strong: false, emphasis: false });
