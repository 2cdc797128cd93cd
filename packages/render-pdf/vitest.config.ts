import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.ts";

// Unit tests import handlers directly, not through the Node entry point, so they
// register the Node font reader the way src/index.ts does.
export default mergeConfig(
  shared,
  defineConfig({ test: { name: "render-pdf", setupFiles: ["./src/node-fonts.ts"] } }),
);
