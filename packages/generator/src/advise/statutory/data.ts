// The statutory figures, typed. The figures live in one JSON file (data/statutory.json)
// so a reviewer checks them, with their sources, in one place; `satisfies` below makes a
// figure with a missing source or a misspelt key a type error rather than a silent gap.
import statutory from "../../../data/statutory.json" with { type: "json" };

type Sourced = { readonly source: string; readonly asOf: string };

export type FixedSumBand = { readonly debtBelow?: number; readonly amount: number };

export type StatutoryProfile = {
  /** Short name with its article, for "under the ..." in messages. */
  readonly name: string;
  /** Full name as a contract clause cites it. */
  readonly act: string;
  /** The amount from which the law applies (minor units), with its aggregation window. */
  readonly threshold?: Sourced & {
    readonly amount: number;
    readonly currency: string;
    readonly aggregationDays: number;
  };
  readonly contractContents?: Sourced & { readonly value: readonly string[] };
  /**
   * When the contract sets no payment date: days from `after` until payment is due (New
   * York) or until the payment counts as late and statutory interest runs (EU, UK, DE).
   */
  readonly defaultPaymentDays?: Sourced & { readonly value: number; readonly after: string };
  /** The longest payment term that stands without being expressly agreed and fair. */
  readonly maxPaymentTermDays?: Sourced & { readonly value: number };
  /** Statutory interest: reference rate plus `marginPoints` percentage points a year. */
  readonly interest?: Sourced & {
    readonly marginPoints: number;
    /** True where the figure is a floor that national law may raise (the Directive). */
    readonly minimum: boolean;
    readonly referenceRate: string;
    /** Which reference rate applies when, as a sentence. */
    readonly referenceRateRule: string;
  };
  /** Fixed compensation per late payment; the first band whose `debtBelow` exceeds the debt applies. */
  readonly fixedSum?: Sourced & {
    readonly currency: string;
    readonly bands: readonly FixedSumBand[];
    readonly minimum: boolean;
    readonly per: string;
    /** What else can be claimed besides the fixed sum, as a sentence. */
    readonly note: string;
  };
};

export type StatutoryData = {
  readonly euMemberStates: Sourced & { readonly value: readonly string[] };
  readonly aliases: Sourced & { readonly value: Readonly<Record<string, string>> };
  readonly profiles: Readonly<Record<string, StatutoryProfile>>;
};

export const statutoryData = statutory satisfies StatutoryData as StatutoryData;
