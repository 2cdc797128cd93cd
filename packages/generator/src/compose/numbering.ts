import type { Block } from "@clausework/model";

/** Numbers sections "1", "1.1", "1.1.1" in document order; other blocks are untouched. */
export function numberSections(blocks: readonly Block[], prefix = ""): Block[] {
  let count = 0;
  return blocks.map((block) => {
    if (block.type !== "section") return block;
    count++;
    const number = prefix === "" ? `${count}` : `${prefix}.${count}`;
    return { ...block, number, children: numberSections(block.children, number) };
  });
}
