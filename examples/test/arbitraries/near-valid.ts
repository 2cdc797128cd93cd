// A valid engagement with exactly one thing broken, and the JSON pointer the
// validator must blame for it.
import fc from "fast-check";
import { validEngagement } from "./engagement.js";
import {
  badCustomClause,
  danglingAfter,
  dateOrder,
  dependencyCycle,
  depositConflict,
  duplicateDeliverableId,
  duplicateMilestoneId,
  percentSumOff,
  portfolioWithoutDate,
} from "./mutations-graph.js";
import {
  badCurrency,
  badTimeZone,
  bidiControl,
  brokenPattern,
  controlCharacter,
  invisibleCharacter,
  noncharacter,
  secretKey,
} from "./mutations-text.js";
import {
  DUPLICATE_MARKER,
  dropRequired,
  duplicateKey,
  hugeArray,
  invalidDate,
  negativeAmount,
  outOfRange,
  overPrecise,
  unknownKey,
  wrongType,
  type Mutate,
} from "./mutations-value.js";
import type { Json } from "./schema-walk.js";

export const MUTATIONS: Readonly<Record<string, Mutate>> = {
  dropRequired,
  wrongType,
  outOfRange,
  invalidDate,
  unknownKey,
  controlCharacter,
  bidiControl,
  noncharacter,
  invisibleCharacter,
  brokenPattern,
  badTimeZone,
  badCurrency,
  negativeAmount,
  overPrecise,
  hugeArray,
  duplicateMilestoneId,
  duplicateDeliverableId,
  danglingAfter,
  dependencyCycle,
  depositConflict,
  percentSumOff,
  dateOrder,
  portfolioWithoutDate,
  badCustomClause,
  secretKey,
  duplicateKey,
};

export type MutationName = keyof typeof MUTATIONS;

export type NearValid = {
  /** The mutation that was applied. */
  readonly mutation: string;
  /** Where the validator must report an error (this pointer or below it). */
  readonly pointer: string;
  /** The engagement as file text. */
  readonly text: string;
};

const names = Object.keys(MUTATIONS);

/**
 * Applies the named mutation; when the engagement has no place for it (no
 * deliverable ids to duplicate), the next mutation in the list that applies.
 */
export function mutate(engagement: Json, name: string, pick: number): NearValid {
  const start = Math.max(0, names.indexOf(name));
  for (let offset = 0; offset < names.length; offset++) {
    const mutation = names[(start + offset) % names.length] ?? "dropRequired";
    const copy = structuredClone(engagement);
    const pointer = MUTATIONS[mutation]?.(copy, pick);
    if (pointer !== undefined) return { mutation, pointer, text: fileText(copy) };
  }
  throw new Error("near-valid: no mutation applies");
}

/** The file text; a marked key becomes a second copy of the key it names. */
function fileText(engagement: Json): string {
  const marker = new RegExp(`"${DUPLICATE_MARKER}([^"]*)":`);
  return JSON.stringify(engagement, null, 1).replace(marker, '"$1":');
}

export function nearValidEngagement(): fc.Arbitrary<NearValid> {
  return fc
    .tuple(validEngagement(), fc.constantFrom(...names), fc.nat())
    .map(([engagement, name, pick]) =>
      mutate(structuredClone(engagement) as unknown as Json, name, pick),
    );
}
