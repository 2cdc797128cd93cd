import { defineRule } from "../define-rule.js";
import { percentText, percentUnits } from "../format.js";
import { statutoryRateUnits, yearlyLateFeeUnits } from "../statutory/interest.js";
import { statutoryFigure } from "../statutory/profiles.js";

export const statutoryInterestRate = defineRule({
  id: "statutory-interest-rate",
  severity: "warning",
  title: "Late fee below the statutory interest rate",
  check(engagement, _facts, options) {
    const lateFee = engagement.fees.lateFee;
    const applied = statutoryFigure(engagement.jurisdiction, "interest");
    const reference = options.referenceRatePercent;
    if (lateFee === undefined || applied === undefined || reference === undefined) return [];
    const yearly = yearlyLateFeeUnits(lateFee.percent, lateFee.per);
    if (yearly === undefined) return [];
    const { figure, profile } = applied;
    const statutory = statutoryRateUnits(reference, figure.marginPoints);
    if (yearly >= statutory) return [];
    const asWritten = `${percentText(percentUnits(lateFee.percent ?? 0))} a ${lateFee.per}`;
    const atLeast = figure.minimum ? "at least " : "";
    return [
      {
        pointer: "/fees/lateFee/percent",
        message: `The late fee of ${asWritten} (${percentText(yearly)} a year) is below the statutory interest of ${atLeast}${percentText(statutory)} a year: ${figure.marginPoints} percentage points over ${figure.referenceRate} of ${percentText(percentUnits(reference))} (${figure.source}). A lower rate in the contract may take the place of the statutory one under ${profile.profile.name}.`,
        hint: `Raise the late fee to at least ${percentText(statutory)} a year, or leave late interest to the statute.`,
      },
    ];
  },
});
