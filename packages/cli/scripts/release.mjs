// Writes the package users install, @clausework/cli, as an npm tarball:
//
//   node scripts/release.mjs [--out DIR]     (default DIR: release/)
//
// The workspace package depends on the other @clausework/* packages, which are
// not published on their own. The bundle (bundle/, from `npm run build`)
// already holds all of their code, so the released package is the bundle plus
// a package.json whose dependencies are only what the bundle loads at run
// time: the external packages (external-packages.mjs) and the font packages
// render-pdf reads its TTF files from. Each is pinned to the version installed
// here, the one the tests ran with, because render-pdf reaches into pdfmake's
// internals.
//
// `npm pack` gives every entry the same timestamp and mode, so the same bundle
// always gives the same tarball bytes.
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { external } from "./external-packages.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const repository = resolve(root, "..", "..");
const { values } = parseArgs({
  options: { out: { type: "string", default: join(root, "release") } },
});
const out = resolve(values.out);

function fail(message) {
  process.stderr.write(`release: ${message}\n`);
  process.exit(1);
}

if (!existsSync(join(root, "bundle", "bin.js"))) {
  fail("no bundle/bin.js; run `npm run build` first");
}

/** The version of a package as installed for the CLI (node_modules above packages/cli). */
function installedVersion(name) {
  for (let folder = root; ; folder = dirname(folder)) {
    const manifest = join(folder, "node_modules", name, "package.json");
    if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, "utf8")).version;
    if (dirname(folder) === folder) fail(`${name} is not installed; run \`npm install\``);
  }
}

/** "@scope/name/file.ttf" → "@scope/name"; "name/file.ttf" → "name". */
function packageOf(modulePath) {
  const parts = modulePath.split("/");
  return parts.slice(0, modulePath.startsWith("@") ? 2 : 1).join("/");
}

// render-pdf names its font files by module path; the packages are what matters.
const { fontModules } = await import(
  new URL("../../render-pdf/dist/fonts.js", import.meta.url).href
);
const fontPackages = Object.values(fontModules).flatMap((faces) =>
  Object.values(faces).map(packageOf),
);

const names = [...new Set([...external, ...fontPackages])].sort();
const dependencies = Object.fromEntries(names.map((name) => [name, installedVersion(name)]));

const workspace = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const manifest = {
  name: workspace.name,
  version: workspace.version,
  description:
    "Proposal, contract and handover for a client engagement, from one JSON file: PDF, DOCX, HTML and Markdown.",
  license: workspace.license,
  type: "module",
  bin: workspace.bin,
  files: ["bundle", "README.md", "LICENSE"],
  engines: JSON.parse(readFileSync(join(repository, "package.json"), "utf8")).engines,
  dependencies,
};

const stage = mkdtempSync(join(tmpdir(), "clausework-release-"));
try {
  cpSync(join(root, "bundle"), join(stage, "bundle"), { recursive: true });
  cpSync(join(root, "README.md"), join(stage, "README.md"));
  cpSync(join(repository, "LICENSE"), join(stage, "LICENSE"));
  writeFileSync(join(stage, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  mkdirSync(out, { recursive: true });
  // --ignore-scripts: the staged package has none, and a user's npm config must not add any.
  const packed = execFileSync(
    "npm",
    ["pack", "--json", "--ignore-scripts", "--pack-destination", out],
    { cwd: stage, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  const [{ filename, size, entryCount }] = JSON.parse(packed);
  process.stdout.write(
    `${join(out, filename)}  (${entryCount} files, ${(size / 1024).toFixed(0)} KiB)\n`,
  );
} finally {
  rmSync(stage, { recursive: true, force: true });
}
