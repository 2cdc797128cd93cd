// The advisor's vocabulary. A rule looks at the engagement and its derived facts and
// returns findings; `advise` turns them into diagnostics with the rule id as the code.
import type { Engagement, Severity } from "@clausework/schema";
import type { Facts } from "../facts.js";

/**
 * The advisor's diagnostics are @clausework/schema's, without line and column: the CLI
 * adds those from the pointer, since only it has the source text.
 */
export type { Diagnostic, Severity } from "@clausework/schema";

export type Finding = {
  /** JSON pointer to the field to change; it may name a field that is still missing. */
  readonly pointer: string;
  readonly message: string;
  readonly hint?: string;
  /** Overrides the rule's severity for this finding (softer advice within one rule). */
  readonly severity?: Severity;
};

export type AdviseOptions = {
  /**
   * The reference rate of the jurisdiction's statutory interest, in percent a year: the
   * ECB main refinancing rate (EU), the Bank of England base rate (UK), the Basiszinssatz
   * (DE). Without it, the late-fee comparison with the statutory rate is skipped.
   */
  readonly referenceRatePercent?: number;
  /** The date the reference rate is valid from, printed with it (YYYY-MM-DD). */
  readonly referenceRateAsOf?: string;
};

export type Rule = {
  /** Stable kebab-case id; also the diagnostic code and the docs page name. */
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
  /** Repository path of the rule's page. */
  readonly docs: string;
  readonly check: (engagement: Engagement, facts: Facts, options: AdviseOptions) => Finding[];
};
