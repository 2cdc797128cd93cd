// Label/value pairs (parties, fee summary) as a two-column table without lines.
import type { KeyFacts } from "@clausework/model";
import { theme } from "@clausework/theme";
import type { BlockHandler } from "../context.js";
import { inlineText, plainText } from "../inlines.js";
import { styleNames } from "../styles.js";
import { isSmall } from "./keep-together.js";
import { tableLayoutNames } from "../table-layouts.js";

export const renderKeyFacts: BlockHandler<KeyFacts> = (node, context) => [
  {
    table: {
      widths: ["30%", "70%"],
      body: node.items.map((item) => [
        { text: plainText(item.label), style: styleNames.label },
        { text: inlineText(item.value) },
      ]),
    },
    layout: tableLayoutNames.plain,
    margin: [0, 0, 0, theme.spacing.paragraph * 2],
    ...(isSmall(node, context) ? { unbreakable: true } : {}),
  },
];
