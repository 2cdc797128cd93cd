// The embedded stylesheet, built from @clausework/theme so the HTML matches the
// DOCX and PDF renderers. Sizes are points, as in the theme.
import type { DocumentMeta } from "@clausework/model";
import { css, theme } from "@clausework/theme";

type Declarations = Readonly<Record<string, string | number>>;
type Rule = readonly [selector: string, declarations: Declarations];

const pt = (value: number): string => `${value}pt`;
const generic = new Set(["serif", "sans-serif", "monospace", "system-ui"]);
const fontStack = [theme.font.family, ...theme.font.fallbacks]
  .map((name) => (generic.has(name) ? name : `"${name}"`))
  .join(", ");
const pageSizes: Readonly<Record<DocumentMeta["pageSize"], string>> = {
  A4: "A4",
  LETTER: "letter",
};
const { color, size, spacing } = theme;
const margin = theme.page.margin;

const screenRules: readonly Rule[] = [
  [
    "html",
    {
      "font-family": fontStack,
      "font-size": pt(size.body),
      "line-height": theme.lineHeight,
      color: css(color.text),
    },
  ],
  ["*", { "-webkit-print-color-adjust": "exact", "print-color-adjust": "exact" }],
  ["body", { margin: 0 }],
  [".document", { "max-width": "48rem", margin: "0 auto", padding: "2rem 1.5rem" }],
  [
    "h1, h2, h3, h4",
    { color: css(color.accent), "line-height": 1.2, margin: `0 0 ${pt(spacing.headingAfter)}` },
  ],
  ["h1", { "font-size": pt(size.title) }],
  [".subtitle", { "font-size": pt(size.subtitle), color: css(color.muted) }],
  [".document > header", { "margin-bottom": pt(spacing.sectionBefore) }],
  ["h2", { "font-size": pt(size.heading1), "margin-top": pt(spacing.sectionBefore) }],
  ["h3", { "font-size": pt(size.heading2), "margin-top": pt(spacing.paragraph * 2) }],
  ["h4", { "font-size": pt(size.heading3), "margin-top": pt(spacing.paragraph * 2) }],
  ["p, ul, ol, dl, table, aside", { margin: `0 0 ${pt(spacing.paragraph)}` }],
  ["ul, ol", { "padding-left": pt(spacing.listIndent) }],
  ["li > p, li > ul, li > ol", { margin: 0 }],
  [
    // A right-to-left item (dir="rtl") is the mirror image of the others: its
    // marker hangs in an indent on the right, as in the PDF and in Word.
    'li[dir="rtl"]',
    { "margin-left": pt(-spacing.listIndent), "margin-right": pt(spacing.listIndent) },
  ],
  ["a", { color: css(color.accent) }],
  ["table", { width: "100%", "border-collapse": "collapse" }],
  [
    "caption",
    {
      "caption-side": "top",
      // Start, not left: a right-to-left caption or cell (dir="rtl") aligns right, as in the PDF.
      "text-align": "start",
      "font-weight": 600,
      padding: `0 0 ${pt(spacing.tableCellPadding)}`,
    },
  ],
  [
    "th, td",
    {
      padding: pt(spacing.tableCellPadding),
      "border-bottom": `0.75pt solid ${css(color.rule)}`,
      "text-align": "start",
      "vertical-align": "top",
    },
  ],
  [
    "th",
    {
      background: css(color.tableHeaderBackground),
      color: css(color.tableHeaderText),
      "font-weight": 600,
    },
  ],
  [".align-left", { "text-align": "left" }],
  [".align-center", { "text-align": "center" }],
  [".align-right", { "text-align": "right" }],
  [".schedule tr.owner-client td", { background: css(color.clientRow) }],
  [
    ".key-facts",
    {
      display: "grid",
      "grid-template-columns": "max-content 1fr",
      "column-gap": pt(spacing.listIndent),
    },
  ],
  [".key-fact", { display: "contents" }],
  [".key-facts dt", { "font-weight": 600, color: css(color.muted) }],
  [".key-facts dd", { margin: `0 0 ${pt(spacing.paragraph / 2)}` }],
  [".notice", { padding: pt(spacing.paragraph * 1.5), "border-left": "3pt solid" }],
  [".notice > :last-child", { "margin-bottom": 0 }],
  [".notice-title", { "font-weight": 600 }],
  ...(["info", "warning", "legal"] as const).map((tone): Rule => [
    `.notice-${tone}`,
    {
      background: css(color.notice[tone].background),
      "border-color": css(color.notice[tone].border),
    },
  ]),
  [
    ".signatures",
    {
      display: "grid",
      "grid-template-columns": "repeat(2, minmax(0, 1fr))",
      gap: pt(spacing.sectionBefore * 1.5),
      "margin-top": pt(spacing.sectionBefore),
    },
  ],
  [".signature-role", { "font-weight": 600, margin: 0 }],
  [".signature-party-name", { margin: 0 }],
  [".signatory", { "margin-top": pt(spacing.sectionBefore) }],
  [
    ".signature-line",
    { height: pt(spacing.sectionBefore * 2), "border-bottom": `0.75pt solid ${css(color.text)}` },
  ],
  [".signature-label", { "font-size": pt(size.small), color: css(color.muted), margin: 0 }],
  [".signatory-name, .signatory-title", { margin: 0 }],
  [
    ".page-break",
    { "border-top": `0.75pt dashed ${css(color.rule)}`, margin: `${pt(spacing.sectionBefore)} 0` },
  ],
];

const printRules: readonly Rule[] = [
  [".document", { "max-width": "none", margin: 0, padding: 0 }],
  ["h1, h2, h3, h4", { "break-after": "avoid", "page-break-after": "avoid" }],
  ["thead", { display: "table-header-group" }],
  ["tr, .signature-party, .notice", { "break-inside": "avoid", "page-break-inside": "avoid" }],
  ["p, li", { orphans: 3, widows: 3 }],
  [".page-break", { border: 0, margin: 0 }],
];

function formatRule([selector, declarations]: Rule, indent: string): string {
  const body = Object.entries(declarations)
    .map(([property, value]) => `${indent}  ${property}: ${value};`)
    .join("\n");
  return `${indent}${selector} {\n${body}\n${indent}}`;
}

/** The whole stylesheet: screen rules, then the page box and print rules for `pageSize`. */
export function htmlStylesheet(pageSize: DocumentMeta["pageSize"]): string {
  const pageBox = pageSizes[pageSize];
  if (pageBox === undefined) throw new Error(`render-html: unknown page size "${pageSize}"`);
  const pageRule: Rule = [
    "@page",
    {
      size: pageBox,
      margin: [margin.top, margin.right, margin.bottom, margin.left].map(pt).join(" "),
    },
  ];
  const print = printRules.map((rule) => formatRule(rule, "  ")).join("\n");
  return [
    ...screenRules.map((rule) => formatRule(rule, "")),
    formatRule(pageRule, ""),
    `@media print {\n${print}\n}`,
  ].join("\n");
}
