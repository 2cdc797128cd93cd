// Which statutory profiles apply to a jurisdiction, most specific first: "DE" is the
// German profile, then the Directive's (its floor still applies where BGB is silent);
// "FR" or "DE-BY" fall back to what they have. A figure is read from the first profile
// that states it, so national figures win over the Directive's minimums.
import { statutoryData, type StatutoryProfile } from "./data.js";

export type AppliedProfile = { readonly id: string; readonly profile: StatutoryProfile };

function profileOf(id: string): AppliedProfile[] {
  const profile = Object.hasOwn(statutoryData.profiles, id)
    ? statutoryData.profiles[id]
    : undefined;
  return profile === undefined ? [] : [{ id, profile }];
}

function canonical(code: string): string {
  const aliases = statutoryData.aliases.value;
  const country = code.slice(0, 2);
  return Object.hasOwn(aliases, country) ? (aliases[country] ?? country) : code;
}

export function profilesFor(jurisdiction: string | undefined): AppliedProfile[] {
  if (jurisdiction === undefined) return [];
  const code = canonical(jurisdiction);
  const own = profileOf(code);
  const country = code.slice(0, 2);
  const national = own.length > 0 || code === country ? own : profileOf(country);
  const inEu = code !== "EU" && statutoryData.euMemberStates.value.includes(country);
  return inEu ? [...national, ...profileOf("EU")] : national;
}

type Figures = Omit<StatutoryProfile, "name" | "act">;

export type AppliedFigure<K extends keyof Figures> = {
  readonly profile: AppliedProfile;
  readonly figure: NonNullable<Figures[K]>;
};

/** The figure `key` from the most specific profile that states it. */
export function statutoryFigure<K extends keyof Figures>(
  jurisdiction: string | undefined,
  key: K,
): AppliedFigure<K> | undefined {
  for (const applied of profilesFor(jurisdiction)) {
    const figure = applied.profile[key];
    if (figure !== undefined)
      return { profile: applied, figure: figure as NonNullable<Figures[K]> };
  }
  return undefined;
}

/** The fixed sum (minor units) owed for one late debt of `debtMinor`, by the bands. */
export function fixedSumFor(
  bands: readonly { readonly debtBelow?: number; readonly amount: number }[],
  debtMinor: number,
): number | undefined {
  return bands.find((band) => band.debtBelow === undefined || debtMinor < band.debtBelow)?.amount;
}
