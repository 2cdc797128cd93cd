import type { Block } from "./nodes.js";

/** Thrown by renderers that meet a node type they have no handler for. */
export class UnknownNodeError extends Error {
  constructor(
    readonly nodeType: string,
    renderer: string,
  ) {
    super(`${renderer}: no handler for document node type "${nodeType}"`);
    this.name = "UnknownNodeError";
  }
}

/** Depth-first walk over blocks, including those nested in sections, lists and notices. */
export function visitBlocks(
  blocks: readonly Block[],
  visit: (block: Block, depth: number) => void,
  depth = 1,
): void {
  for (const block of blocks) {
    visit(block, depth);
    if (block.type === "section") visitBlocks(block.children, visit, depth + 1);
    else if (block.type === "notice") visitBlocks(block.children, visit, depth);
    else if (block.type === "list")
      for (const item of block.items) visitBlocks(item.children, visit, depth);
  }
}
