import { error, warning, type Finding } from "./diagnostic.js";
import type { Engagement, Instalment } from "./engagement.generated.js";
import { numberToDecimal, parseMoney } from "./money.js";

// Fees: parts given as "percent or amount" need exactly one, instalments say
// when they fall due, percentages cover the whole fee, and a deposit cannot
// exceed a fixed fee.

type PercentOrAmount = { percent?: number; amount?: number | string };

export function paymentFindings(engagement: Engagement): Finding[] {
  const fees = engagement.fees;
  const instalments = fees.instalments ?? [];
  return [
    ...exactlyOne(fees.deposit, "/fees/deposit", "deposit"),
    ...exactlyOne(fees.lateFee, "/fees/lateFee", "lateFee"),
    ...exactlyOne(fees.termination?.killFee, "/fees/termination/killFee", "killFee"),
    ...instalments.flatMap((instalment, index) => [
      ...exactlyOne(instalment, `/fees/instalments/${index}`, `instalment ${index + 1}`),
      ...dueFindings(instalment, `/fees/instalments/${index}`),
    ]),
    ...percentSum(instalments),
    ...depositWithinFee(engagement),
  ];
}

function exactlyOne(part: PercentOrAmount | undefined, pointer: string, name: string): Finding[] {
  if (part === undefined) return [];
  const hasPercent = part.percent !== undefined;
  const hasAmount = part.amount !== undefined;
  if (hasPercent !== hasAmount) return [];
  const problem = hasPercent ? "give percent or amount, not both" : "needs percent or amount";
  return [
    error(
      "EXACTLY_ONE",
      pointer,
      `${name}: ${problem}`,
      'e.g. "percent": 50 or "amount": "1500.00"',
    ),
  ];
}

function dueFindings(instalment: Instalment, pointer: string): Finding[] {
  const findings: Finding[] = [];
  if (instalment.due === "milestone" && instalment.milestone === undefined) {
    findings.push(
      error(
        "REQUIRED",
        `${pointer}/milestone`,
        "milestone is required when due is milestone",
        "give the milestone id",
      ),
    );
  }
  if (instalment.due === "date" && instalment.dueOn === undefined) {
    findings.push(
      error(
        "REQUIRED",
        `${pointer}/dueOn`,
        "dueOn is required when due is date",
        "give the date, e.g. 2027-03-01",
      ),
    );
  }
  if (instalment.due !== "milestone" && instalment.milestone !== undefined) {
    findings.push(
      warning(
        "IGNORED_FIELD",
        `${pointer}/milestone`,
        "milestone is ignored unless due is milestone",
      ),
    );
  }
  if (instalment.due !== "date" && instalment.dueOn !== undefined) {
    findings.push(
      warning("IGNORED_FIELD", `${pointer}/dueOn`, "dueOn is ignored unless due is date"),
    );
  }
  return findings;
}

/** Exact sum of decimal percentages, as text ("33.33" + "66.67" = "100.00"). */
export function sumPercents(percents: readonly number[]): string {
  const decimals = percents.map((percent) => numberToDecimal(percent).split("."));
  const scale = Math.max(0, ...decimals.map(([, fraction]) => fraction?.length ?? 0));
  const total = decimals.reduce(
    (sum, [whole, fraction]) =>
      sum + BigInt(`${whole ?? "0"}${(fraction ?? "").padEnd(scale, "0")}`),
    0n,
  );
  const digits = total.toString().padStart(scale + 1, "0");
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

function percentSum(instalments: readonly Instalment[]): Finding[] {
  if (instalments.length === 0) return [];
  const percents = instalments.map((instalment) => instalment.percent);
  if (
    percents.some((percent) => percent === undefined) ||
    instalments.some((i) => i.amount !== undefined)
  )
    return [];
  const sum = sumPercents(percents as number[]);
  if (sum === "100") return [];
  return [
    error(
      "SUM_NOT_100",
      "/fees/instalments",
      `instalment percentages add up to ${sum}, not 100`,
      "the instalments split the whole fee; the deposit, when given, is the first of them",
    ),
  ];
}

function depositWithinFee(engagement: Engagement): Finding[] {
  const { model, amount, deposit } = engagement.fees;
  if (model !== "fixed-fee" || deposit?.amount === undefined) return [];
  const fee = parseMoney(amount, engagement.currency);
  const depositMinor = parseMoney(deposit.amount, engagement.currency);
  if (!("minor" in fee) || !("minor" in depositMinor) || depositMinor.minor <= fee.minor) return [];
  return [
    error(
      "DEPOSIT_TOO_LARGE",
      "/fees/deposit/amount",
      `deposit amount ${String(deposit.amount)} is larger than the fee amount ${String(amount)}`,
      "the deposit is part of the fee",
    ),
  ];
}
