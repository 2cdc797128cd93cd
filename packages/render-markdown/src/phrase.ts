// Renders a normalised sequence of inline nodes. Text is rendered last, once its
// neighbours are known: a letter touching a `*` whose inner side is punctuation
// would keep the `*` from opening or closing (`x*(a)*`), so that letter is written
// as a character reference; neighbouring delimiter nodes alternate `*` and `_`
// so their runs never fuse (`**a***b*`).
import type { Inline } from "@clausework/model";
import { characterKind } from "./characters.js";
import type { DelimiterFamily, InlinePosition, LineEdges, RenderContext } from "./types.js";

const delimiterLength = (node: Inline): number =>
  node.type === "strong" ? 2 : node.type === "emphasis" ? 1 : 0;

function families(nodes: readonly Inline[]): DelimiterFamily[] {
  const out: DelimiterFamily[] = [];
  nodes.forEach((node, index) => {
    const previous = nodes[index - 1];
    const touching =
      previous !== undefined && delimiterLength(previous) > 0 && delimiterLength(node) > 0;
    out.push(touching && out[index - 1] === "*" ? "_" : "*");
  });
  return out;
}

/** Does a delimiter node need the letter beside it encoded? */
function needsEncodedNeighbour(
  rendered: string | undefined,
  node: Inline | undefined,
  family: DelimiterFamily | undefined,
  side: "first" | "last",
): boolean {
  const length = node === undefined ? 0 : delimiterLength(node);
  if (rendered === undefined || length === 0) return false;
  if (family === "_") return true; // `_` never opens or closes between two letters
  const characters = [...rendered];
  const inner = side === "first" ? characters[length] : characters[characters.length - 1 - length];
  return characterKind(inner) === "punctuation";
}

export function renderPhrase(
  nodes: readonly Inline[],
  edges: LineEdges,
  context: RenderContext,
): string {
  const family = families(nodes);
  const flow = context.mode === "flow";
  const last = nodes.length - 1;
  const base = (index: number): InlinePosition => ({
    lineStart: (index === 0 && edges.lineStart) || (flow && nodes[index - 1]?.type === "break"),
    lineEnd: (index === last && edges.lineEnd) || (flow && nodes[index + 1]?.type === "break"),
    encodeFirst: false,
    encodeLast: false,
    family: family[index] ?? "*",
  });
  const rendered = nodes.map((node, index) =>
    node.type === "text" ? undefined : context.inline(node, base(index)),
  );
  return nodes
    .map((node, index) => {
      if (node.type !== "text") return rendered[index] ?? "";
      return context.inline(node, {
        ...base(index),
        encodeFirst: needsEncodedNeighbour(
          rendered[index - 1],
          nodes[index - 1],
          family[index - 1],
          "last",
        ),
        encodeLast: needsEncodedNeighbour(
          rendered[index + 1],
          nodes[index + 1],
          family[index + 1],
          "first",
        ),
      });
    })
    .join("");
}
