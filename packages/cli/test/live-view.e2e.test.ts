// The live task list needs a real terminal, so these tests run the command
// under `script`, which gives it a pseudo-terminal of a chosen size, and replay
// what it wrote to see what the terminal shows at the end.
import { spawnSync } from "node:child_process";
import { cpSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { examplesDirectory } from "./support/example-copies.js";
import { finalScreen } from "./support/screen.js";
import { tempFolder } from "./support/temp-folder.js";

const packageDirectory = fileURLToPath(new URL("..", import.meta.url));
const command = [process.execPath, "--conditions=source", "--import", "tsx", "src/bin.ts"];
const HIDE_CURSOR = "\u001b[?25l";
const CHECK = "\u2714";

/** Builds packets of web-design (and the invalid fixture) with --format md on a terminal `columns` wide. */
function packetOnTerminal(
  columns: number,
  withInvalid: boolean,
): { status: number | null; output: string; screen: string[] } {
  const cwd = tempFolder("live");
  const files = [join(examplesDirectory, "web-design.json")];
  if (withInvalid) {
    cpSync(join(packageDirectory, "test", "fixtures", "invalid.json"), join(cwd, "invalid.json"));
    files.push(join(cwd, "invalid.json"));
  }
  const line = [...command, "packet", ...files, "--out", join(cwd, "p")]
    .concat(["--format", "md", "--jobs", "1"])
    .map((part) => `'${part}'`)
    .join(" ");
  const result = spawnSync(
    "script",
    ["-qec", `stty cols ${columns} rows 30 && ${line}`, "/dev/null"],
    {
      cwd: packageDirectory,
      env: { ...process.env, CI: undefined, NO_COLOR: undefined, TERM: "xterm" },
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  if (result.error !== undefined) throw new Error("script is missing: apt-get install bsdutils");
  const screen = finalScreen(result.stdout).filter((shown) => shown !== "");
  return { status: result.status, output: result.stdout, screen };
}

// `script -qec` is util-linux's; other systems' `script` takes other arguments.
describe.runIf(process.platform === "linux")("the live task list", () => {
  it("shows progress on a terminal, then leaves only the summary", () => {
    const { status, output, screen } = packetOnTerminal(100, false);
    expect(status).toBe(0);
    expect(output).toContain(HIDE_CURSOR);
    expect(output).toContain("Building 1 packet: 1 built");
    expect(screen).toHaveLength(1);
    expect(screen[0]).toMatch(/^1 built, 0 failed, 0 warnings in \d+\.\d s$/);
  }, 70_000);

  it("leaves the failures and a red summary, not a green check, when an input fails", () => {
    const { status, output, screen } = packetOnTerminal(100, true);
    expect(status).toBe(1);
    expect(output).toContain("Building 2 packets: 1 built, 1 failed");
    expect(screen[0]).toMatch(/^failed {2}\S*invalid\.json$/);
    expect(
      screen.slice(1, -1).every((shown) => /invalid\.json:\d+:\d+ |^ {4}hint:/.test(shown)),
    ).toBe(true);
    expect(screen.at(-1)).toMatch(/^1 built, 1 failed, 0 warnings in \d+\.\d s$/);
    expect(output).toContain("\u001b[31m1 built, 1 failed");
    expect(screen.join("\n")).not.toContain(CHECK);
  }, 70_000);

  it("prints plain lines on a terminal without a width, as a job runner's may be", () => {
    const { status, output, screen } = packetOnTerminal(0, true);
    expect(status).toBe(1);
    expect(output).not.toContain(HIDE_CURSOR);
    expect(screen[0]).toMatch(
      /^built {3}\S*web-design\.json → \S*saltmarsh-ceramics-website\.zip$/,
    );
    expect(screen[1]).toMatch(/^failed {2}\S*invalid\.json$/);
  }, 70_000);
});
