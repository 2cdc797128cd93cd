// The package users install (scripts/release.mjs): an npm tarball of the
// bundle whose dependencies are only registry packages. It is installed here
// into an empty project outside the monorepo, the way examples/ci tells users
// to, and the recipe's shell script builds packets with it. A dependency the
// bundle needs but the tarball does not declare fails that install or build.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packetProblems } from "./support/check-packet.js";
import { examplesDirectory, exampleFiles } from "./support/example-copies.js";
import { tempFolder } from "./support/temp-folder.js";

const packageDirectory = fileURLToPath(new URL("..", import.meta.url));
const releaseScript = join(packageDirectory, "scripts", "release.mjs");
const recipe = fileURLToPath(new URL("../../../examples/ci/", import.meta.url));
const version = (
  JSON.parse(readFileSync(join(packageDirectory, "package.json"), "utf8")) as { version: string }
).version;

/**
 * The environment without what `npm test` set for the monorepo: its folder
 * (prefix), workspace, lifecycle and package fields. The user's npm settings
 * (cache, registry, proxy, certificates) stay.
 */
function outsideEnvironment(): NodeJS.ProcessEnv {
  const monorepo =
    /^npm_(command|execpath|lifecycle_|package_|config_(local_prefix|prefix|workspaces?|allow_scripts|include_workspace_root)$)/;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !monorepo.test(key)));
}

/**
 * A folder for the user's project with no node_modules above it, where Node
 * would find packages the tarball does not declare.
 */
function projectFolder(): string {
  const folder = tempFolder("user-project");
  for (let above = dirname(folder); ; above = dirname(above)) {
    if (existsSync(join(above, "node_modules"))) {
      throw new Error(`${join(above, "node_modules")} would hide a missing dependency; remove it`);
    }
    if (dirname(above) === above) return folder;
  }
}

function run(command: string, args: readonly string[], cwd: string, timeout = 120_000) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...outsideEnvironment(), NO_COLOR: "1", CI: "true" },
    timeout,
  });
  if (result.error !== undefined) throw result.error;
  return result;
}

function release(out: string): string {
  const result = run(process.execPath, [releaseScript, "--out", out], packageDirectory);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  const tarball = join(out, `clausework-cli-${version}.tgz`);
  expect(result.stdout).toContain(tarball);
  return tarball;
}

/** The entries of a .tgz: path → bytes (ustar headers, 512-byte blocks). */
function untar(tarball: string): Map<string, Buffer> {
  const bytes = gunzipSync(readFileSync(tarball));
  const entries = new Map<string, Buffer>();
  for (let offset = 0; offset + 512 <= bytes.length;) {
    const header = bytes.subarray(offset, offset + 512);
    const name = header.subarray(0, 100).toString("utf8").replace(/\0.*$/s, "");
    if (name === "") break;
    const prefix = header.subarray(345, 500).toString("utf8").replace(/\0.*$/s, "");
    const size = Number.parseInt(header.subarray(124, 136).toString("utf8").trim(), 8);
    const path = prefix === "" ? name : `${prefix}/${name}`;
    entries.set(path, bytes.subarray(offset + 512, offset + 512 + size));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}

/**
 * Package names in a bundle file's imports and require calls: esbuild writes
 * `import ... from "x";`, `import("x")`, the bundle's own `createRequire(...)("x")`,
 * and `require.resolve("x")` or `import.meta.resolve("x")` for a package's files.
 */
function packagesLoadedBy(code: string): string[] {
  const specifiers = [
    ...code.matchAll(/^import\s[^;]*?\sfrom\s"([^"]+)";$/gm),
    ...code.matchAll(/^import\s"([^"]+)";$/gm),
    ...code.matchAll(/\bimport\("([^"]+)"\)/g),
    ...code.matchAll(/\)\("([^"]+)"\)/g),
    ...code.matchAll(/\.resolve\("([^"]+)"\)/g),
  ].map((match) => match[1] ?? "");
  return specifiers
    .filter((specifier) => !specifier.startsWith(".") && !specifier.startsWith("node:"))
    .filter((specifier) => !builtinModules.includes(specifier))
    .map((specifier) =>
      specifier
        .split("/")
        .slice(0, specifier.startsWith("@") ? 2 : 1)
        .join("/"),
    );
}

const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("the released package", () => {
  let folder = "";
  let tarball = "";
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "clausework-release-"));
    tarball = release(folder);
  }, 60_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("holds the bundle, the licence and a README, and depends only on pinned registry packages", () => {
    const entries = untar(tarball);
    const paths = [...entries.keys()];
    expect(paths).toContain("package/bundle/bin.js");
    expect(paths).toContain("package/LICENSE");
    expect(paths).toContain("package/README.md");
    expect(paths.filter((path) => !path.startsWith("package/bundle/")).sort()).toEqual([
      "package/LICENSE",
      "package/README.md",
      "package/package.json",
    ]);
    expect(paths.filter((path) => path.endsWith(".ts") || path.endsWith(".map"))).toEqual([]);

    const manifest = JSON.parse(String(entries.get("package/package.json"))) as {
      name: string;
      version: string;
      bin: Record<string, string>;
      dependencies: Record<string, string>;
      devDependencies?: unknown;
    };
    expect(manifest.name).toBe("@clausework/cli");
    expect(manifest.version).toBe(version);
    expect(manifest.bin).toEqual({ clausework: "./bundle/bin.js" });
    expect(manifest.devDependencies).toBeUndefined();
    const names = Object.keys(manifest.dependencies);
    expect(names.filter((name) => name.startsWith("@clausework/"))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(["pdfmake", "fontkit", "piscina", "listr2"]));
    for (const range of Object.values(manifest.dependencies)) {
      expect(range).toMatch(/^\d+\.\d+\.\d+$/);
    }

    // Every package the bundle imports or requires by name is declared.
    const loaded = new Set<string>();
    for (const [path, bytes] of entries) {
      if (path.endsWith(".js"))
        for (const name of packagesLoadedBy(String(bytes))) loaded.add(name);
    }
    expect(loaded).toContain("pdfmake");
    // tsx is resolved only when clausework runs from its TypeScript sources (worker-file.ts).
    const undeclared = [...loaded].filter((name) => !names.includes(name) && name !== "tsx");
    expect(undeclared).toEqual([]);
  });

  it("is the same bytes when packed again", () => {
    expect(sha256(release(tempFolder("release-again")))).toBe(sha256(tarball));
  }, 60_000);

  it("installs into an empty project, where the CI recipe's script builds every example's packet", () => {
    const project = projectFolder();
    writeFileSync(join(project, "package.json"), '{ "name": "agency-packets", "private": true }\n');
    cpSync(join(recipe, "build-packets.sh"), join(project, "build-packets.sh"));
    for (const file of exampleFiles()) {
      cpSync(file, join(project, "engagements", file.slice(examplesDirectory.length)));
    }
    // From npm's cache when it holds the packages (a clean CI run's `npm ci` put them there).
    const install = run(
      "npm",
      ["install", "--save-dev", tarball, "--prefer-offline", "--no-audit", "--no-fund"],
      project,
      300_000,
    );
    expect(install.stderr).not.toMatch(/npm error/i);
    expect(install.status).toBe(0);
    const installed = readdirSync(join(project, "node_modules", "@clausework"));
    expect(installed).toEqual(["cli"]);

    const clausework = (...args: string[]) =>
      run("npx", ["--no-install", "clausework", ...args], project);
    expect(clausework("--version").stdout.trim()).toBe(version);
    // Every command that loads something of its own: the schema, the advisor, the starter.
    const schema = clausework("schema");
    expect(schema.status).toBe(0);
    expect(JSON.parse(schema.stdout)).toMatchObject({ title: expect.any(String) });
    expect(clausework("init", "starter.json").status).toBe(0);
    expect(clausework("validate", "starter.json").status).toBe(0);
    const lint = clausework("lint", "engagements/web-design.json");
    expect(lint.stdout).toMatch(/^1 file linted: 0 errors/m);
    expect(lint.status).toBe(0);

    // CLAUSEWORK unset: the script runs `npx --no-install clausework`, the installed package.
    const built = run("dash", ["build-packets.sh"], project);
    const count = exampleFiles().length;
    expect(built.stderr).toMatch(new RegExp(`^${count} built, 0 failed, 0 warnings in `, "m"));
    expect(built.status).toBe(0);
    const zips = readdirSync(join(project, "packets")).sort();
    expect(zips).toHaveLength(count);
    for (const zip of zips) expect(packetProblems(join(project, "packets", zip))).toEqual([]);

    // The installed command is the same program as this checkout's bundle: same zip bytes.
    const here = join(project, "from-checkout");
    const bin = join(packageDirectory, "bundle", "bin.js");
    const input = "engagements/web-design.json";
    const checkout = run(
      process.execPath,
      [bin, "packet", input, "--out", here, "--quiet"],
      project,
    );
    expect(checkout.status).toBe(0);
    expect(sha256(join(project, "packets", "saltmarsh-ceramics-website.zip"))).toBe(
      sha256(join(here, "saltmarsh-ceramics-website.zip")),
    );
  }, 400_000);
});
