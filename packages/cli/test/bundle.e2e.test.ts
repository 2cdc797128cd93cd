// The command as installed: bundle/bin.js, made by `npm run build` (scripts/
// bundle.mjs; turbo builds it before these tests). Each check compares it with
// the TypeScript sources run through tsx, which the other tests exercise in
// depth: the bundle must be the same program, only faster to load.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { poolFrom } from "../src/batch/plan.js";
import { writeExampleCopies } from "./support/example-copies.js";

const packageDirectory = fileURLToPath(new URL("..", import.meta.url));
const bundled = join(packageDirectory, "bundle", "bin.js");
const fromSource = ["--conditions=source", "--import", "tsx", "src/bin.ts"];
const examples = join(packageDirectory, "..", "..", "examples", "engagements");
const example = join(examples, "va-retainer-handover.json");

function run(entry: readonly string[], args: readonly string[], timeout = 60_000) {
  const result = spawnSync(process.execPath, [...entry, ...args], {
    cwd: packageDirectory,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", CI: "true" },
    timeout,
  });
  if (result.error !== undefined) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a folder, by path relative to it, with its bytes. */
function files(folder: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    found.set(path.slice(folder.length + 1), readFileSync(path));
  }
  return found;
}

describe("the bundled command", { timeout: 120_000 }, () => {
  let work = "";
  beforeAll(() => {
    if (!existsSync(bundled)) {
      throw new Error("bundle/bin.js is missing: run `npm run build -w packages/cli` first");
    }
    work = mkdtempSync(join(tmpdir(), "clausework-bundle-"));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("builds every document in every format with the same bytes as the sources", () => {
    // One input: the PDFs go to the helper thread that starts before the CLI loads.
    const fromBundle = run([bundled], ["build", example, "--out", join(work, "bundle")]);
    const fromSources = run(fromSource, ["build", example, "--out", join(work, "source")]);
    expect(fromBundle.stderr).toContain("1 built, 0 failed");
    expect(fromBundle.code).toBe(0);
    expect(fromSources.code).toBe(0);
    const made = files(join(work, "bundle"));
    expect([...made.keys()].filter((path) => path.endsWith(".pdf"))).toHaveLength(3);
    expect([...made.keys()].sort()).toEqual([...files(join(work, "source")).keys()].sort());
    for (const [path, bytes] of files(join(work, "source"))) {
      expect(made.get(path)?.equals(bytes), path).toBe(true);
    }
  });

  it("builds packets on a pool of worker threads, whose manifests match their files", () => {
    // A batch large enough for a pool (plan.ts); the first four again on one thread.
    const copies = poolFrom(2);
    const written = writeExampleCopies(join(work, "pool-in"), copies);
    const out = join(work, "packets");
    const pool = run(
      [bundled],
      ["packet", join(work, "pool-in"), "--out", out, "--jobs", "2", "--verbose"],
      110_000,
    );
    expect(pool.stderr).toContain(`${copies} built, 0 failed`);
    expect(pool.stderr).toContain("threads: a pool of 2 workers\n");
    expect(pool.code).toBe(0);
    const zips = readdirSync(out).filter((name) => name.endsWith(".zip"));
    expect(zips).toHaveLength(copies);
    for (const zip of zips) {
      const entries = unzipSync(readFileSync(join(out, zip)));
      const manifest = JSON.parse(strFromU8(entries["manifest.json"] ?? new Uint8Array())) as {
        files: { path: string; sha256: string; bytes: number }[];
      };
      expect(manifest.files.length).toBeGreaterThanOrEqual(8);
      for (const file of manifest.files) {
        const bytes = entries[file.path] ?? new Uint8Array();
        expect(bytes.length, file.path).toBe(file.bytes);
        expect(createHash("sha256").update(bytes).digest("hex"), file.path).toBe(file.sha256);
      }
    }
    // A worker's earlier packets must not change a later one's bytes.
    const alone = join(work, "packets-alone");
    expect(
      run([bundled], ["packet", ...written.slice(0, 4), "--out", alone, "--jobs", "1"]).code,
    ).toBe(0);
    const aloneZips = readdirSync(alone);
    expect(aloneZips).toHaveLength(4);
    for (const zip of aloneZips) {
      expect(readFileSync(join(alone, zip)).equals(readFileSync(join(out, zip))), zip).toBe(true);
    }
  });

  it("answers --version, schema and a bad input as the sources do", () => {
    for (const args of [["--version"], ["schema"], ["validate", "no-such-file.json"]]) {
      const fromBundle = run([bundled], args);
      const fromSources = run(fromSource, args);
      expect(fromBundle.stdout).toBe(fromSources.stdout);
      expect(fromBundle.stderr).toBe(fromSources.stderr);
      expect(fromBundle.code).toBe(fromSources.code);
    }
    expect(run([bundled], ["--version"]).stdout).toBe(
      `${(JSON.parse(readFileSync(join(packageDirectory, "package.json"), "utf8")) as { version: string }).version}\n`,
    );
  });

  // /dev/full takes no byte: every write fails with "no space left".
  it.runIf(existsSync("/dev/full"))(
    "says so, without a stack trace, when standard output cannot be written",
    () => {
      const full = openSync("/dev/full", "w");
      try {
        const result = spawnSync(process.execPath, [bundled, "schema"], {
          stdio: ["ignore", full, "pipe"],
          encoding: "utf8",
        });
        expect(result.stderr).toBe(
          "clausework: cannot write standard output: no space left on the device\n",
        );
        expect(result.status).toBe(2);
      } finally {
        closeSync(full);
      }
    },
  );
});
