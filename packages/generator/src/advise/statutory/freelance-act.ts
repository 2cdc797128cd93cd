// Whether New York's Freelance Isn't Free Act covers an engagement. It applies from $800,
// alone or together with all contracts between the same parties in the preceding 120
// days; we only see this engagement, so below $800 the Act's findings soften to info.
import type { Engagement } from "@clausework/schema";
import type { Facts } from "../../facts.js";
import { money } from "../format.js";
import type { Finding } from "../types.js";
import type { AppliedFigure } from "./profiles.js";
import { statutoryFigure } from "./profiles.js";

export type FreelanceAct = {
  readonly threshold: AppliedFigure<"threshold">["figure"];
  readonly source: string;
  /** False when this engagement alone stays under the threshold. */
  readonly covered: boolean;
  readonly locale: string;
};

/** The engagement's total when it is known: a fixed fee, or a rate times its estimate. */
function knownTotal(engagement: Engagement, facts: Facts): number | undefined {
  if (facts.money.estimatedTotal !== undefined) return facts.money.estimatedTotal.minor;
  return engagement.fees.model === "fixed-fee" ? facts.money.fee.minor : undefined;
}

export function freelanceAct(engagement: Engagement, facts: Facts): FreelanceAct | undefined {
  const applied = statutoryFigure(engagement.jurisdiction, "threshold");
  if (applied === undefined) return undefined;
  const { figure } = applied;
  const total = knownTotal(engagement, facts);
  // Another currency cannot be compared, and an open-ended rate reaches $800 in time.
  const covered =
    facts.money.fee.currency !== figure.currency ||
    total === undefined ||
    total >= figure.amount ||
    facts.money.fee.minor >= figure.amount;
  const source = statutoryFigure(engagement.jurisdiction, "contractContents")?.figure.source;
  return { threshold: figure, source: source ?? figure.source, covered, locale: engagement.locale };
}

/** A finding under the Act: info, with the aggregation caveat, when this engagement is under the threshold. */
export function underFreelanceAct(act: FreelanceAct, finding: Finding): Finding {
  if (act.covered) return finding;
  const threshold = money(
    { minor: act.threshold.amount, currency: act.threshold.currency },
    act.locale,
  );
  return {
    ...finding,
    severity: "info",
    message: `${finding.message} This engagement alone is under ${threshold}, but the Act also applies when your contracts with this client in the preceding ${act.threshold.aggregationDays} days add up to ${threshold}.`,
  };
}
