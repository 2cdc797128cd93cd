// Custom clauses: the user's own templates. Valid ones are put together from
// parts that render for every engagement (fields that are always there, or
// guarded by #if), with author-written Markdown that is hostile but allowed: a
// javascript: link (printed as text), a table (printed as text), a page break.
import fc from "fast-check";
import type { CustomClause } from "@clausework/schema";
import { slug } from "./scalars.js";
import { maybe, sparseRecord, type Shape } from "./shape.js";
import { lineText } from "./text.js";

const TEMPLATE_PARTS = [
  "Plain text with *emphasis*, **strong** and a [link](https://example.com).",
  "{{client.name}} and {{freelancer.name}} agree on {{project.title}}.",
  "{{#if client.contact}}Day-to-day contact: {{client.contact.name}}.{{/if}}",
  "{{#each deliverables}}\n- {{title}} ({{quantity}})\n{{/each}}",
  "Issued on {{date issuedOn}} as the {{documentName}}.",
  "- one\n- two\n\n1. first\n2. second",
  "[Click to sign](javascript:alert(1)) stays text.",
  "| a | b |\n|---|---|\n| 1 | 2 |",
  "Line one\nline two\n\n***\n\nAfter a page break.",
  "# A heading in a clause\n\nText under it.",
  "{{{client.name}}} in triple braces, ~~struck~~, $x$ and a | b.",
  "{{#each schedule.milestones}}{{title}}; {{/each}}",
];

/** Built-in clause and group ids a custom clause may follow. */
const AFTER = ["deliverables", "fees", "late-fee", "signatures", "confidentiality", "parties"];

const template = fc
  .array(fc.constantFrom(...TEMPLATE_PARTS), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join("\n\n"));

const documents = fc
  .subarray(["proposal", "contract", "handover"] as const, { minLength: 1 })
  .map(
    ([first = "proposal" as const, ...rest]) => [first, ...rest] as [typeof first, ...typeof rest],
  );

function customClause(shape: Shape, id: string): fc.Arbitrary<CustomClause> {
  return sparseRecord({
    id: fc.constant(id),
    title: lineText(5),
    documents,
    after: maybe(shape, fc.constantFrom(...AFTER)),
    template,
  });
}

/** Up to three clauses with unique ids. */
export function customClauses(shape: Shape): fc.Arbitrary<CustomClause[]> {
  return fc
    .uniqueArray(slug(), { minLength: 1, maxLength: 3 })
    .chain((ids) => fc.tuple(...ids.map((id) => customClause(shape, id))));
}
