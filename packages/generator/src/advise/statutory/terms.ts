// The statutory late-payment terms of the engagement's jurisdiction as plain sentences,
// for a contract clause that the composer places. Every sentence cites its source.
import type { Engagement } from "@clausework/schema";
import type { Facts } from "../../facts.js";
import { money, percentText, percentUnits } from "../format.js";
import type { AdviseOptions } from "../types.js";
import type { FixedSumBand } from "./data.js";
import { statutoryRateUnits } from "./interest.js";
import { fixedSumFor, statutoryFigure } from "./profiles.js";

export type StatutoryTerms = { readonly heading: string; readonly paragraphs: string[] };

type Context = {
  readonly engagement: Engagement;
  readonly facts: Facts;
  readonly options: AdviseOptions;
};

function freelanceActTerms({ engagement }: Context): StatutoryTerms | undefined {
  const j = engagement.jurisdiction;
  const threshold = statutoryFigure(j, "threshold");
  const contents = statutoryFigure(j, "contractContents");
  const payment = statutoryFigure(j, "defaultPaymentDays");
  if (threshold === undefined || contents === undefined || payment === undefined) return undefined;
  const limit = money(
    { minor: threshold.figure.amount, currency: threshold.figure.currency },
    engagement.locale,
  );
  return {
    heading: threshold.profile.profile.name,
    paragraphs: [
      `This contract is made under ${threshold.profile.profile.act}, which covers services worth ${limit} or more, alone or together with all contracts between the same parties in the preceding ${threshold.figure.aggregationDays} days (${threshold.figure.source}).`,
      `As the Act requires, this contract states ${contents.figure.value.join("; ")} (${contents.figure.source}).`,
      `The client pays on the dates this contract sets; where it sets none, within ${payment.figure.value} days after ${payment.figure.after} (${payment.figure.source}).`,
    ],
  };
}

function interestSentence({ engagement, options }: Context): string[] {
  const applied = statutoryFigure(engagement.jurisdiction, "interest");
  if (applied === undefined) return [];
  const { figure, profile } = applied;
  const atLeast = figure.minimum ? "at least " : "";
  const base = `If the client pays late, the freelancer may claim interest of ${atLeast}${figure.marginPoints} percentage points a year over ${figure.referenceRate} under ${profile.profile.act} (${figure.source}). ${figure.referenceRateRule}`;
  const reference = options.referenceRatePercent;
  if (reference === undefined) return [base];
  const asOf = options.referenceRateAsOf === undefined ? "" : ` on ${options.referenceRateAsOf}`;
  const rate = percentText(statutoryRateUnits(reference, figure.marginPoints));
  return [
    `${base} With the reference rate at ${percentText(percentUnits(reference))}${asOf}, that is ${atLeast}${rate} a year.`,
  ];
}

function bandsText(bands: readonly FixedSumBand[], format: (minor: number) => string): string {
  let floor: number | undefined;
  const parts = bands.map((band) => {
    const part =
      band.debtBelow !== undefined
        ? `${format(band.amount)} for a debt under ${format(band.debtBelow)}`
        : floor === undefined
          ? format(band.amount)
          : `${format(band.amount)} for a debt of ${format(floor)} or more`;
    floor = band.debtBelow;
    return part;
  });
  return parts.length > 1
    ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`
    : (parts[0] ?? "");
}

/** With several bands, what they come to for this contract's own invoices. */
function ownInvoices(context: Context, bands: readonly FixedSumBand[], currency: string): string {
  const { facts } = context;
  if (bands.length < 2 || facts.money.fee.currency !== currency) return "";
  const debts = [...new Set(facts.money.instalments.map((i) => i.amount.minor))];
  const format = (minor: number) => money({ minor, currency }, context.engagement.locale);
  const each = debts.map((debt) => `${format(fixedSumFor(bands, debt) ?? 0)} on ${format(debt)}`);
  return each.length === 0
    ? ""
    : ` For the invoices under this contract, that is ${each.join(", ")}.`;
}

function fixedSumSentence(context: Context): string[] {
  const applied = statutoryFigure(context.engagement.jurisdiction, "fixedSum");
  if (applied === undefined) return [];
  const { figure } = applied;
  const format = (minor: number) =>
    money({ minor, currency: figure.currency }, context.engagement.locale);
  const atLeast = figure.minimum ? "at least " : "";
  const amounts = bandsText(figure.bands, format);
  return [
    `The freelancer may also claim, for each ${figure.per}, a fixed sum of ${atLeast}${amounts} (${figure.source}).${ownInvoices(context, figure.bands, figure.currency)} ${figure.note}`,
  ];
}

function paymentTermSentence({ engagement }: Context): string[] {
  const fallback = statutoryFigure(engagement.jurisdiction, "defaultPaymentDays");
  const limit = statutoryFigure(engagement.jurisdiction, "maxPaymentTermDays");
  if (fallback === undefined || limit === undefined) return [];
  return [
    `Where no payment date is agreed, the payment counts as late, and interest runs, from ${fallback.figure.value} days after ${fallback.figure.after} (${fallback.figure.source}); a payment term of more than ${limit.figure.value} days binds only if it is expressly agreed and not grossly unfair to the freelancer (${limit.figure.source}).`,
  ];
}

function latePaymentTerms(context: Context): StatutoryTerms | undefined {
  const paragraphs = [
    ...interestSentence(context),
    ...fixedSumSentence(context),
    ...paymentTermSentence(context),
  ];
  if (paragraphs.length === 0) return undefined;
  return { heading: "Late payment: statutory interest and compensation", paragraphs };
}

/** The statutory payment terms of the engagement's jurisdiction, or undefined when we have none. */
export function statutoryTerms(
  engagement: Engagement,
  facts: Facts,
  options: AdviseOptions = {},
): StatutoryTerms | undefined {
  const context = { engagement, facts, options };
  return freelanceActTerms(context) ?? latePaymentTerms(context);
}
