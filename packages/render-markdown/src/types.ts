import type { Block, Inline } from "@clausework/model";
import type { TextEdges } from "./escape.js";

/** Where inline content goes: a paragraph line, a table cell, or a heading. */
export type InlineMode = "flow" | "cell" | "heading";
export type LineEdges = Pick<TextEdges, "lineStart" | "lineEnd">;
/** `*` normally; `_` for a delimiter that directly follows another, so the runs stay apart. */
export type DelimiterFamily = "*" | "_";
export type InlinePosition = TextEdges & { readonly family: DelimiterFamily };

/** What a handler may call back into: the dispatchers live in index.ts. */
export type RenderContext = {
  /** Depth of the enclosing section: 0 at the top of the document. */
  readonly depth: number;
  readonly mode: InlineMode;
  readonly insideLink: boolean;
  /** This list directly follows another list: use the other marker so they stay two lists. */
  readonly alternateMarker: boolean;
  readonly blocks: (blocks: readonly Block[], depth: number) => string[];
  /** A whole run of inline content from the model (a paragraph, a cell, a title). */
  readonly inlines: (inlines: readonly Inline[], mode: InlineMode, edges: LineEdges) => string;
  /** Children of an inline node that is being rendered (already normalised). */
  readonly phrase: (inlines: readonly Inline[], edges: LineEdges) => string;
  readonly inline: (node: Inline, position: InlinePosition) => string;
  readonly insideLinkContext: () => RenderContext;
};

export type BlockHandler<T extends Block> = (node: T, context: RenderContext) => string;
export type InlineHandler<T extends Inline> = (
  node: T,
  context: RenderContext,
  position: InlinePosition,
) => string;

export type BlockHandlers = {
  readonly [K in Block["type"]]: BlockHandler<Extract<Block, { type: K }>>;
};
export type InlineHandlers = {
  readonly [K in Inline["type"]]: InlineHandler<Extract<Inline, { type: K }>>;
};
