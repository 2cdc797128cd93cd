import { fileURLToPath } from "node:url";
import { defaultClientConditions, defineConfig } from "vite";
import { forbidNodeBuiltins } from "./build/forbid-node-builtins.js";
import { offlineServiceWorker } from "./build/offline-service-worker.js";
import { strictContentSecurityPolicy } from "./build/content-security-policy.js";

const stub = (file: string): string =>
  fileURLToPath(new URL(`./build/stubs/${file}`, import.meta.url));

export default defineConfig({
  // Relative asset paths: dist/ can be hosted from any folder of any static server.
  base: "./",
  resolve: {
    // Workspace packages are bundled from their TypeScript sources, no build needed.
    // The pipeline runs in Web Workers, which have no DOM: where a package has a
    // "worker" build, take it over its DOM build.
    conditions: ["source", "worker", ...defaultClientConditions],
    alias: [
      // codemirror-json-schema highlights code blocks in hover docs with shiki, which
      // adds megabytes and WebAssembly; the engagement schema's docs have no code blocks.
      { find: /^shiki(\/.*)?$/, replacement: stub("shiki.ts") },
      { find: /^@shikijs\/markdown-it\/core$/, replacement: stub("shikijs-markdown-it.ts") },
    ],
  },
  worker: { format: "es", plugins: () => [forbidNodeBuiltins()] },
  plugins: [forbidNodeBuiltins(), strictContentSecurityPolicy(), offlineServiceWorker()],
  build: { target: "es2022", chunkSizeWarningLimit: 4096 },
  preview: { host: "127.0.0.1" },
  server: { host: "127.0.0.1" },
});
