// The advisor: domain advice and statutory checks over an engagement and its facts.
// Each rule lives in rules/<id>.ts with a page in docs/rules/<id>.md; the diagnostic
// code is the rule id. The order below is the order of the diagnostics, and is stable:
// scope, schedule, working hours, fees, rights, then the statutory checks.
import type { Engagement } from "@clausework/schema";
import type { Facts } from "../facts.js";
import { deadlineBeforeInput } from "./rules/deadline-before-input.js";
import { deliveryBeforePayment } from "./rules/delivery-before-payment.js";
import { earlyOwnershipTransfer } from "./rules/early-ownership-transfer.js";
import { hourlyPricing } from "./rules/hourly-pricing.js";
import { lateFeeWithoutAmount } from "./rules/late-fee-without-amount.js";
import { lateFeeWithoutPeriod } from "./rules/late-fee-without-period.js";
import { noClientDeadlines } from "./rules/no-client-deadlines.js";
import { noDeposit } from "./rules/no-deposit.js";
import { noExtraRevisionPrice } from "./rules/no-extra-revision-price.js";
import { noLateFee } from "./rules/no-late-fee.js";
import { noOfferExpiry } from "./rules/no-offer-expiry.js";
import { noOfficeHoursOverlap } from "./rules/no-office-hours-overlap.js";
import { noOfficeHours } from "./rules/no-office-hours.js";
import { noOutOfScope } from "./rules/no-out-of-scope.js";
import { noRevisionRounds } from "./rules/no-revision-rounds.js";
import { noTermOrReview } from "./rules/no-term-or-review.js";
import { noTermination } from "./rules/no-termination.js";
import { refundableDeposit } from "./rules/refundable-deposit.js";
import { statutoryFixedSum } from "./rules/statutory-fixed-sum.js";
import { statutoryInterestRate } from "./rules/statutory-interest-rate.js";
import { statutoryPaymentTerm } from "./rules/statutory-payment-term.js";
import { uncountableDeliverable } from "./rules/uncountable-deliverable.js";
import { usNyItemisedFee } from "./rules/us-ny-itemised-fee.js";
import { usNyMailingAddresses } from "./rules/us-ny-mailing-addresses.js";
import { usNyPaymentDate } from "./rules/us-ny-payment-date.js";
import { usNyServicesListDate } from "./rules/us-ny-services-list-date.js";
import type { AdviseOptions, Diagnostic, Rule } from "./types.js";

export const rules: readonly Rule[] = [
  uncountableDeliverable,
  noOutOfScope,
  noOfferExpiry,
  noClientDeadlines,
  deadlineBeforeInput,
  noTermOrReview,
  noOfficeHours,
  noOfficeHoursOverlap,
  noRevisionRounds,
  noExtraRevisionPrice,
  hourlyPricing,
  noDeposit,
  refundableDeposit,
  noLateFee,
  lateFeeWithoutPeriod,
  lateFeeWithoutAmount,
  deliveryBeforePayment,
  noTermination,
  earlyOwnershipTransfer,
  usNyMailingAddresses,
  usNyItemisedFee,
  usNyPaymentDate,
  usNyServicesListDate,
  statutoryPaymentTerm,
  statutoryInterestRate,
  statutoryFixedSum,
];

export function advise(
  engagement: Engagement,
  facts: Facts,
  options: AdviseOptions = {},
): Diagnostic[] {
  return rules.flatMap((rule) =>
    rule.check(engagement, facts, options).map((finding): Diagnostic => ({
      severity: finding.severity ?? rule.severity,
      code: rule.id,
      pointer: finding.pointer,
      message: finding.message,
      ...(finding.hint === undefined ? {} : { hint: finding.hint }),
    })),
  );
}

export { statutoryTerms, type StatutoryTerms } from "./statutory/terms.js";
export { profilesFor } from "./statutory/profiles.js";
export type { AdviseOptions, Diagnostic, Finding, Rule, Severity } from "./types.js";
