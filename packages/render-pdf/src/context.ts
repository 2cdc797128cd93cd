// What a block handler gets besides its node.
import type { Content } from "pdfmake/interfaces.js";
import type { Block } from "@clausework/model";

export type RenderContext = {
  /** Section depth of the container: 0 at the top level. */
  readonly depth: number;
  /** The enclosing section's outline id, so bookmarks nest like the sections. */
  readonly parentOutlineId?: string;
  /**
   * A new node id for a heading's bookmark, counted in document order: section ids
   * from the model need not be unique, and pdfmake refuses duplicate ids.
   */
  readonly nextOutlineId: () => string;
  /** Width in points that blocks here may use. */
  readonly width: number;
  /** Height in points of a page's body, between the margins. */
  readonly pageHeight: number;
  /** Renders child blocks (the index's handler map; page breaks already applied). */
  readonly blocks: (children: readonly Block[], context: RenderContext) => Content[];
};

/** A handler returns zero or more pdfmake nodes; sections return their heading and body flat. */
export type BlockHandler<T extends Block> = (node: T, context: RenderContext) => Content[];
