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

/** None open: the last ones were fixed in validate (each is now a diagnostic). */
export const KNOWN_ISSUES: readonly KnownIssue[] = [];

/** The known issues a valid engagement runs into (empty for most). */
export function knownIssuesOf(engagement: Engagement): string[] {
  return KNOWN_ISSUES.filter((issue) => issue.applies(engagement)).map((issue) => issue.id);
}
