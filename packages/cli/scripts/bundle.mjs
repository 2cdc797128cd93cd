// Bundles the compiled CLI (dist/) into a few files in bundle/, which is what
// the `clausework` command runs. Node 20 loads ES modules one file at a time
// (resolve, read, compile, link), and a build touches about 550 of them: that
// alone took the main thread 0.6 s of a 1.8 s cold build. Bundled, the same
// code loads in a fraction of that. Nothing changes in what the code does; dist/
// stays the unbundled equivalent (`node dist/bin.js`), which is easier to debug.
//
// Entry points: the command, and the modules that pool-process.ts, pool-host.ts
// and pdf-thread.ts start by name beside themselves (worker-file.ts). Shared
// code goes into chunks, so each thread loads only what it uses.
// What stays outside the bundle, and why, is in external-packages.mjs.
import { build } from "esbuild";
import { chmodSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { external } from "./external-packages.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = `${root}bundle`;
rmSync(outdir, { recursive: true, force: true });

// src/schema-text.ts reads the schema from @clausework/schemas at run time;
// in the bundle its text is part of the code instead (see that file).
const schemaText = readFileSync(
  createRequire(import.meta.url).resolve("@clausework/schemas/engagement.schema.json"),
  "utf8",
);
const inlineSchema = {
  name: "inline-schema",
  setup(bundle) {
    bundle.onLoad({ filter: /[\\/]dist[\\/]schema-text\.js$/ }, () => ({
      contents: `export async function readEngagementSchema() { return ${JSON.stringify(schemaText)}; }`,
      loader: "js",
    }));
  },
};

await build({
  absWorkingDir: root,
  entryPoints: {
    bin: "dist/bin.js",
    "pdf-worker": "dist/batch/pdf-worker.js",
    worker: "dist/batch/worker.js",
    "pool-host": "dist/batch/pool-host.js",
  },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // The packages' "default" exports (their dist/), never their TypeScript sources.
  conditions: [],
  external: external.flatMap((name) => [name, `${name}/*`]),
  // CommonJS dependencies inside an ES module bundle still call require() for
  // Node's built-ins; this gives them one.
  banner: {
    js: 'import { createRequire as createRequireForBundle } from "node:module";\nconst require = createRequireForBundle(import.meta.url);',
  },
  // Chunks sit beside the entry points: worker-file.ts and version.ts find
  // files relative to the module they are in, whichever file that ends up in.
  chunkNames: "[name]-[hash]",
  legalComments: "linked",
  logLevel: "warning",
  plugins: [inlineSchema],
});
chmodSync(`${outdir}/bin.js`, 0o755);
