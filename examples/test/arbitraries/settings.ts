// Run settings shared by every property: one seed, so a failure seen once is
// seen again; FC_SEED and FC_RUNS override them (FC_SEED=123 FC_RUNS=5000).
import type fc from "fast-check";

export const DEFAULT_SEED = 20270115;

/** `fc.assert` parameters: FC_SEED or the default seed, FC_RUNS (or `envName`) or `runs`. */
export function runSettings<T>(runs: number, envName = "FC_RUNS"): fc.Parameters<T> {
  const seed = Number(process.env.FC_SEED ?? DEFAULT_SEED);
  const numRuns = Number(process.env[envName] ?? runs);
  return { seed, numRuns, endOnFailure: process.env.FC_SHRINK === "0" };
}
