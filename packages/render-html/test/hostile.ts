// A document that puts one hostile string into every place user text can reach.
import { link, notice, paragraph, section, text } from "@clausework/model";
import type { DocumentModel } from "@clausework/model";

export const hostileValues = [
  "<script>alert(1)</script>",
  "</w:t>",
  "**bold**",
  "# heading",
  "[x](javascript:alert(1))",
  "![x](https://attacker.example/p.png)",
  "{{constructor}}",
  "line one\r\nline two\rline three\nend",
  '" onmouseover="alert(1)',
  "<img src=x onerror=alert(1)>",
  "&amp; &lt; &#60;",
];

/** How many elements of the rendered document hold exactly the hostile value as their text. */
export const hostilePlaces = 22;

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
      pageSize: "LETTER",
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
        labels: { signature: "Signature", date: "Date" },
        parties: [{ role: value, partyName: value, signatories: [{ name: value, title: value }] }],
      },
    ],
  };
}
