import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.ts";

// The browser tests build the app once (global setup), serve dist/ on 127.0.0.1
// and drive Debian's Chromium. One file at a time: two Chromiums on two cores
// would only make each slower.
export default mergeConfig(
  shared,
  defineConfig({
    test: {
      name: "previewer",
      environment: "node",
      globalSetup: ["./test/support/global-setup.ts"],
      fileParallelism: false,
      testTimeout: 120_000,
      hookTimeout: 240_000,
    },
  }),
);
