// Bugs the generated inputs found in other packages, not fixed yet. Each has a
// predicate (does this valid engagement hit it?) and a minimal input that
// reproduces it. The properties leave matching engagements out, so one known
// bug does not hide the next; generated.test.ts checks that every repro still
// fails, so the entry goes as soon as its bug is fixed.
import type { Engagement } from "@clausework/schema";

export type KnownIssue = {
  readonly id: string;
  /** What goes wrong, and where. */
  readonly description: string;
  readonly applies: (engagement: Engagement) => boolean;
  /** A valid engagement that makes generate() throw. */
  readonly repro: Engagement;
};

const MINIMAL: Engagement = {
  id: "acme-blog-2027",
  issuedOn: "2027-03-01",
  locale: "en-GB",
  currency: "EUR",
  freelancer: { name: "Jane Doe", timeZone: "Europe/Berlin" },
  client: { name: "Acme GmbH", timeZone: "America/New_York" },
  project: { title: "Weekly blog posts" },
  deliverables: [{ title: "Blog post", quantity: 12 }],
  schedule: { startDate: "2027-04-01" },
  fees: { model: "fixed-fee", amount: "4800.00" },
};

/** The first custom clause template matching `pattern`, if any. */
const hasTemplate = (engagement: Engagement, pattern: RegExp) =>
  (engagement.customClauses ?? []).some((clause) => pattern.test(clause.template));

const withTemplate = (template: string): Engagement => ({
  ...MINIMAL,
  customClauses: [{ id: "mine", title: "Mine", documents: ["contract"], template }],
});

export const KNOWN_ISSUES: readonly KnownIssue[] = [
  {
    id: "custom-clause-nested-path-unchecked",
    description:
      'schema custom-clause check (clauses/src/custom/walk.ts) checks only the first segment of a path: "{{client.secretNotes}}", "{{client.nme}}", "{{facts.nothing}}" and fields inside #each/#with pass validate, then generate throws ComposeError CUSTOM_CLAUSE_INVALID ("secretNotes" not defined)',
    applies: (engagement) => hasTemplate(engagement, /\{\{client\.secretNotes\}\}/),
    repro: withTemplate("{{client.secretNotes}}"),
  },
  {
    id: "custom-clause-unsupported-markdown",
    description:
      "custom clause templates with Markdown compose refuses (inline code, images, block quotes, code blocks, raw HTML, comments, footnote references) pass validate, then generate throws ComposeError CUSTOM_CLAUSE_INVALID (MARKDOWN_UNSUPPORTED)",
    applies: (engagement) => hasTemplate(engagement, /`/),
    repro: withTemplate("Use `code` here."),
  },
  {
    id: "custom-clause-whole-object",
    description:
      'a custom clause printing an object ("{{client}}", "{{facts.money.fee}}") or passing text to a helper that wants an amount ("{{money fees.amount}}") passes validate; generate throws',
    applies: (engagement) => hasTemplate(engagement, /\{\{client\}\}/),
    repro: withTemplate("{{client}}"),
  },
  {
    id: "custom-clause-duplicate-id",
    description:
      'two custom clauses with the same id pass validate (no DUPLICATE_ID check as for milestones); generate throws ComposeError "custom clause a appears twice"',
    applies: (engagement) => {
      const ids = (engagement.customClauses ?? []).map((clause) => clause.id);
      return new Set(ids).size !== ids.length;
    },
    repro: {
      ...MINIMAL,
      customClauses: [
        { id: "a", title: "A", documents: ["proposal"], template: "x" },
        { id: "a", title: "B", documents: ["contract"], template: "y" },
      ],
    },
  },
  {
    id: "custom-clause-unknown-after",
    description:
      'a custom clause whose "after" names no built-in clause or group passes validate; generate throws ComposeError "no built-in clause or group no-such-clause"',
    applies: (engagement) =>
      (engagement.customClauses ?? []).some((clause) => clause.after === "no-such-clause"),
    repro: {
      ...MINIMAL,
      customClauses: [
        { id: "a", title: "A", documents: ["proposal"], after: "no-such-clause", template: "x" },
      ],
    },
  },
];

/** The known issues a valid engagement runs into (empty for most). */
export function knownIssuesOf(engagement: Engagement): string[] {
  return KNOWN_ISSUES.filter((issue) => issue.applies(engagement)).map((issue) => issue.id);
}
