import { defineConfig } from "vitest/config";

// Tests import sibling packages through their "source" export condition, so they
// run against src/ without a build step.
export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"], externalConditions: ["source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Generous: CI runs every package on 2 cores; time budgets live in benchmarks, not tests.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
