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
    id: "custom-clause-unsupported-markdown",
    description:
      "custom clause templates with Markdown compose refuses (inline code, images, block quotes, code blocks, raw HTML, comments, footnote references) pass validate, then generate throws ComposeError CUSTOM_CLAUSE_INVALID (MARKDOWN_UNSUPPORTED)",
    applies: (engagement) => hasTemplate(engagement, /`/),
    repro: withTemplate("Use `code` here."),
  },
];

/** The known issues a valid engagement runs into (empty for most). */
export function knownIssuesOf(engagement: Engagement): string[] {
  return KNOWN_ISSUES.filter((issue) => issue.applies(engagement)).map((issue) => issue.id);
}
