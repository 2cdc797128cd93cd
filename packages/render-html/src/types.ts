import type { Block, Inline } from "@clausework/model";
import type { HtmlNode } from "./html-tree.js";

/** What a handler may call back into: the dispatchers live in index.ts. */
export type RenderContext = {
  /** Depth of the enclosing section: 0 at the top of the document. */
  readonly depth: number;
  readonly blocks: (blocks: readonly Block[], depth: number) => HtmlNode[];
  readonly inlines: (inlines: readonly Inline[]) => HtmlNode[];
};

export type BlockHandler<T extends Block> = (node: T, context: RenderContext) => HtmlNode;
export type InlineHandler<T extends Inline> = (node: T, context: RenderContext) => HtmlNode[];

export type BlockHandlers = {
  readonly [K in Block["type"]]: BlockHandler<Extract<Block, { type: K }>>;
};
export type InlineHandlers = {
  readonly [K in Inline["type"]]: InlineHandler<Extract<Inline, { type: K }>>;
};
