// Key facts as a list of "**Label:** value" items: unlike a table, a list item keeps
// the line breaks of a value (an address) and needs no header row.
import { strong, text } from "@clausework/model";
import type { KeyFacts } from "@clausework/model";
import { prefixLines } from "./lines.js";
import type { BlockHandler } from "./types.js";

export const renderKeyFacts: BlockHandler<KeyFacts> = (node, context) => {
  const marker = context.alternateMarker ? "* " : "- ";
  return node.items
    .map((item) => {
      const line = context.inlines(
        [
          strong(...text(`${item.label}:`)),
          ...(item.value.length > 0 ? text(" ") : []),
          ...item.value,
        ],
        "flow",
        { lineStart: true, lineEnd: true },
      );
      return prefixLines(line, marker, "  ");
    })
    .join("\n");
};
