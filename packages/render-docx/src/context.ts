// What block handlers share while walking the document.
import type { Paragraph, Table } from "docx";
import type { Block } from "@clausework/model";

/** What a block becomes: paragraphs and tables, the things a table cell can hold too. */
export type BlockOutput = Paragraph | Table;

export type RenderContext = {
  /** Depth of the enclosing section: 0 outside any section. */
  readonly sectionDepth: number;
  /** Level of the next list: 0 outside any list. */
  readonly listLevel: number;
  /** Width available to tables here, in twips. */
  readonly width: number;
  /** The next unused list instance; each list is its own instance so it restarts. */
  readonly nextListInstance: () => number;
  /** Renders child blocks through the handler map. */
  readonly render: (blocks: readonly Block[], context: RenderContext) => BlockOutput[];
};

export type BlockHandler<T extends Block> = (node: T, context: RenderContext) => BlockOutput[];
