// One hostile string in every place user text can reach, and what a reader must
// see there: the same characters, never Markdown syntax.
import { link, notice, paragraph, section, text } from "@clausework/model";
import type { DocumentModel } from "@clausework/model";
import { signatureLine } from "../src/signatures.js";

export const hostileValues = [
  "<script>alert(1)</script>",
  "</w:t>",
  "**bold**",
  "# heading",
  "[x](javascript:alert(1))",
  "![x](https://attacker.example/p.png)",
  "{{constructor}}",
  "line one\r\nline two\rline three\nend",
  "- item",
  "1. item",
  "1) item",
  "+ item",
  "> quote",
  "===",
  "---",
  "***",
  ":--",
  "    indented code",
  "\tTab",
  "  lead and trail  ",
  "a  \nb",
  "x\n===",
  "x\n---",
  "a_b_c __init__",
  "*a* _b_",
  "~~gone~~ ~x~",
  "`code` ``x``",
  "```",
  "<https://x.example>",
  "www.example.com",
  "jane@example.com",
  "see https://attacker.example now",
  "&amp; &#60; &copy;",
  "\\",
  "trailing backslash\\",
  "| a | b |",
  "Click!",
  "[x]: https://x.example",
  "[^1]",
  "<!-- c -->",
  "\\*not em\\*",
];

export function hostileDocument(value: string): DocumentModel {
  return {
    type: "document",
    kind: "proposal",
    meta: {
      id: value,
      title: value,
      subtitle: value,
      subject: value,
      author: value,
      parties: [value],
      issuedOn: "2027-01-15",
      language: "en",
      pageSize: "A4",
    },
    children: [
      { type: "keyFacts", items: [{ label: value, value: text(value) }] },
      section(value, value, [
        paragraph(...text(value)),
        paragraph(link("javascript:alert(1)", text(value))),
        paragraph(link(`https://example.com/${value}`, text(value))),
        {
          type: "table",
          caption: value,
          columns: [{ header: value, align: "left" }],
          rows: [[text(value)]],
        },
      ]),
      notice("warning", [paragraph(...text(value))], value),
      {
        type: "schedule",
        columns: { date: value, owner: "Who", item: "What", basis: "Based on" },
        entries: [
          {
            date: value,
            dateText: value,
            owner: "client",
            ownerText: value,
            title: value,
            basis: value,
          },
        ],
      },
      {
        type: "signatures",
        labels: { signature: value, date: value },
        parties: [{ role: value, partyName: value, signatories: [{ name: value, title: value }] }],
      },
    ],
  };
}

/** The text of every paragraph, heading and table cell, in order, as the reader must see it. */
export function expectedTexts(value: string): string[] {
  const lines = value.split(/\r\n?|\n/);
  const flow = lines.join("\n");
  const cell = lines.join(" / ");
  const heading = lines.join(" ");
  return [
    heading,
    flow,
    `${flow}: ${flow}`,
    heading,
    flow,
    flow,
    flow,
    flow,
    cell,
    cell,
    flow,
    flow,
    cell,
    "Who",
    "What",
    "Based on",
    cell,
    cell,
    cell,
    cell,
    `${flow}: ${flow}`,
    `${flow}: ${signatureLine}`,
    `${flow}, ${flow}`,
    `${flow}: ${signatureLine}`,
  ];
}
