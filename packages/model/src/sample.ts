// A document that uses every node type once or more, with awkward text. Every
// renderer tests against it, so a node type added here reaches all of them.
import { link, list, notice, paragraph, section, strong, emphasis, text } from "./builders.js";
import type { DocumentModel } from "./nodes.js";

export const sampleDocument: DocumentModel = {
  type: "document",
  kind: "contract",
  meta: {
    id: "sample-contract",
    title: "Services Agreement",
    subtitle: "Weekly blog posts for Acme & Sons",
    subject: "Contract between Jane Doe Writing and Acme & Sons",
    author: "Jane Doe Writing",
    parties: ["Jane Doe Writing", "Acme & Sons <Ltd>"],
    issuedOn: "2027-01-15",
    language: "en-GB",
    pageSize: "A4",
  },
  children: [
    {
      type: "keyFacts",
      items: [
        { label: "Freelancer", value: text("Jane Doe Writing\n1 High Street\nLondon") },
        { label: "Client", value: text("Acme & Sons <Ltd>") },
        { label: "Total fee", value: [strong(...text("£4,800.00"))] },
      ],
    },
    section(
      "scope",
      "What I will do",
      [
        paragraph(
          ...text("One blog post per week, "),
          emphasis(...text("500 to 750 words")),
          ...text(", on topics we agree a month ahead."),
        ),
        list(false, [
          [paragraph(...text("Research and outline"))],
          [
            paragraph(...text("Draft and two revision rounds")),
            list(true, [
              [paragraph(...text("First round within 3 days"))],
              [paragraph(...text("Second round within 2 days"))],
            ]),
          ],
          [
            paragraph(
              ...text("Literal *stars*, # hash, [brackets](x), <script>alert(1)</script> | pipe"),
            ),
          ],
        ]),
        section(
          "out-of-scope",
          "What is not included",
          [paragraph(...text("Uploading, formatting, metadata and image sourcing."))],
          "1.1",
        ),
      ],
      "1",
    ),
    section(
      "fees",
      "Cost",
      [
        {
          type: "table",
          caption: "Payment schedule",
          columns: [
            { header: "Instalment", align: "left", weight: 3 },
            { header: "Due", align: "left", weight: 2 },
            { header: "Amount", align: "right", weight: 2 },
          ],
          rows: [
            [text("Deposit (non-refundable)"), text("On signing"), text("£2,400.00")],
            [text("Balance"), text("On completion"), text("£2,400.00")],
          ],
        },
        paragraph(
          ...text("Questions: "),
          link("mailto:jane@example.com", text("jane@example.com")),
          ...text(" or "),
          link("https://example.com/faq", text("the FAQ")),
          ...text("."),
        ),
      ],
      "2",
    ),
    section(
      "schedule",
      "When",
      [
        {
          type: "schedule",
          columns: { date: "Date", owner: "Who", item: "What", basis: "Based on" },
          entries: [
            {
              date: "2027-01-20",
              dateText: "20 January 2027",
              owner: "client",
              ownerText: "Acme & Sons <Ltd>",
              title: "Interview with the founder",
            },
            {
              date: "2027-01-29",
              dateText: "29 January 2027",
              owner: "freelancer",
              ownerText: "Jane Doe Writing",
              title: "First draft",
              basis: "7 business days after Interview with the founder",
            },
          ],
        },
      ],
      "3",
    ),
    notice("legal", [paragraph(...text("This document is not legal advice."))], "Please note"),
    { type: "pageBreak" },
    {
      type: "signatures",
      labels: { signature: "Signature", date: "Date" },
      parties: [
        {
          role: "Freelancer",
          partyName: "Jane Doe Writing",
          signatories: [{ name: "Jane Doe", title: "Owner" }],
        },
        {
          role: "Client",
          partyName: "Acme & Sons <Ltd>",
          signatories: [{ name: "Max Mustermann" }, { name: "Erika Musterfrau", title: "CFO" }],
        },
      ],
    },
  ],
};
