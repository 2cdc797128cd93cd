import type { KeyFacts } from "@clausework/model";
import { element } from "./html-tree.js";
import { direction, inlineDirection, plain } from "./plain.js";
import type { BlockHandler } from "./types.js";

/** A <dl>; each pair sits in a <div> (allowed in HTML) so the stylesheet can grid it. */
export const renderKeyFacts: BlockHandler<KeyFacts> = (node, context) =>
  element(
    "dl",
    { class: "key-facts" },
    node.items.map((item) => {
      const value = context.inlines(item.value);
      return element("div", { class: "key-fact" }, [
        element("dt", direction(item.label), plain(item.label, context)),
        element("dd", inlineDirection(item.value), value),
      ]);
    }),
  );
