// How full generated engagements are. fc.record leaves an optional key out only
// now and then, so nearly every engagement would carry every part; composing
// such an engagement takes a few hundred milliseconds. `presence` sets how
// often an optional part is there: low for the thousand-case properties, high
// for the few heavy cases and the long-run bench.
import fc from "fast-check";

export type Shape = {
  /** Chance (0 to 1) that an optional key is present. */
  readonly presence: number;
};

export const LIGHT: Shape = { presence: 0.25 };
export const FULL: Shape = { presence: 0.85 };

/** The arbitrary, or undefined (the key left out) with chance 1 - presence. */
export function maybe<T>(shape: Shape, arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  const present = Math.round(shape.presence * 100);
  return fc.oneof(
    { weight: 100 - present, arbitrary: fc.constant(undefined) },
    { weight: present, arbitrary },
  );
}

type RequiredKeys<T> = { [K in keyof T]: undefined extends T[K] ? never : K }[keyof T];
type OptionalKeys<T> = Exclude<keyof T, RequiredKeys<T>>;

/** Keys whose value may be undefined become optional keys; undefined values are left out. */
export type Sparse<T> = { [K in RequiredKeys<T>]: T[K] } & {
  [K in OptionalKeys<T>]?: Exclude<T[K], undefined>;
};

export function sparse<T extends object>(value: T): Sparse<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Sparse<T>;
}

/** fc.record where `maybe` fields are left out when undefined. */
export function sparseRecord<T extends object>(model: {
  [K in keyof T]: fc.Arbitrary<T[K]>;
}): fc.Arbitrary<Sparse<T>> {
  return fc.record(model).map((value) => sparse(value as T));
}
