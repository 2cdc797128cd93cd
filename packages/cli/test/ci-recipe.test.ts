// The CI recipe in examples/ci is what users copy, so it is run here: the shell
// script under dash (a strict POSIX shell), and the workflow checked for the
// steps the README promises.
import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { packetProblems } from "./support/check-packet.js";
import { examplesDirectory } from "./support/example-copies.js";
import { tempFolder } from "./support/temp-folder.js";

const packageDirectory = fileURLToPath(new URL("..", import.meta.url));
const recipe = fileURLToPath(new URL("../../../examples/ci/", import.meta.url));
// The script runs `$CLAUSEWORK packet ...`; here that is this checkout's CLI from source.
const tsx = import.meta.resolve("tsx");
const clausework = [
  process.execPath,
  "--conditions=source",
  "--import",
  tsx,
  join(packageDirectory, "src", "bin.ts"),
].join(" ");

function dash(args: readonly string[], cwd: string) {
  const result = spawnSync("dash", [join(recipe, "build-packets.sh"), ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, CLAUSEWORK: clausework, NO_COLOR: "1", CI: undefined },
    timeout: 120_000,
  });
  if (result.error !== undefined) throw new Error("dash is missing: apt-get install dash");
  return result;
}

describe("examples/ci", () => {
  it("build-packets.sh builds a packet per engagement in plain CI output", () => {
    const cwd = tempFolder("ci");
    for (const name of ["web-design.json", "va-retainer-handover.json"]) {
      cpSync(join(examplesDirectory, name), join(cwd, "engagements", name));
    }
    const result = dash([], cwd);
    expect(result.stderr).toMatch(
      /^built {3}engagements\/web-design\.json → packets\/saltmarsh-ceramics-website\.zip$/m,
    );
    expect(result.stderr).toMatch(/^2 built, 0 failed, 0 warnings in /m);
    expect(result.stdout).toContain("build-packets: packets in packets/:\n");
    expect(result.status).toBe(0);
    const zips = readdirSync(join(cwd, "packets"));
    expect(zips.sort()).toEqual(["cedar-slate-va-2027.zip", "saltmarsh-ceramics-website.zip"]);
    for (const zip of zips) expect(packetProblems(join(cwd, "packets", zip))).toEqual([]);
  }, 130_000);

  it("build-packets.sh passes on clausework's exit status and names a missing folder", () => {
    const cwd = tempFolder("ci");
    const missing = dash(["nowhere"], cwd);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("build-packets: no folder 'nowhere'");
    cpSync(
      join(packageDirectory, "test", "fixtures", "invalid.json"),
      join(cwd, "in", "invalid.json"),
    );
    const invalid = dash(["in", "out"], cwd);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain("failed  in/invalid.json");
  }, 60_000);

  it("build-packets.sh says to run npm ci when clausework is not installed", () => {
    const cwd = tempFolder("ci");
    cpSync(join(examplesDirectory, "web-design.json"), join(cwd, "engagements", "web-design.json"));
    const result = spawnSync("dash", [join(recipe, "build-packets.sh")], {
      cwd,
      encoding: "utf8",
      env: { ...process.env, CLAUSEWORK: undefined },
    });
    expect(result.stderr).toBe(
      "build-packets: clausework is not installed here; run npm ci first (or set CLAUSEWORK)\n",
    );
    expect(result.status).toBe(2);
  });

  it("the GitHub workflow builds engagements/ into packets/ and uploads them", () => {
    const workflow = readFileSync(join(recipe, "github-actions.yml"), "utf8");
    expect(workflow).toMatch(/^on:\n {2}push:\n/m);
    expect(workflow).toContain("run: npx clausework packet engagements/ --out packets\n");
    expect(workflow).toMatch(
      /uses: actions\/upload-artifact@v4\n\s+with:\n\s+name: client-packets\n\s+path: packets\/\n/,
    );
    expect(workflow).not.toContain("\t");
  });
});
