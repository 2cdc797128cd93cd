// The packet command as users run it: a real process with a worker pool
// (workers load TypeScript through tsx, as the main thread does) or, for a
// small batch, a PDF thread; a Ctrl-C in the middle of a batch with each; and
// the live task list on a pseudo-terminal.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { poolFrom } from "../src/batch/plan.js";
import { isTempFile } from "../src/files/atomic-write.js";
import { packetProblems } from "./support/check-packet.js";
import { examplesDirectory, exampleFiles, writeExampleCopies } from "./support/example-copies.js";
import { tempFolder } from "./support/temp-folder.js";

const packageDirectory = fileURLToPath(new URL("..", import.meta.url));
const command = [process.execPath, "--conditions=source", "--import", "tsx", "src/bin.ts"];
const env = { ...process.env, NO_COLOR: "1", CI: "true", CLAUSEWORK_DEBUG: undefined };

type JsonSummary = {
  built: number;
  threads: unknown;
  items: { stats: { threadId: number; pdfThread?: boolean } }[];
};

/** `packet <folder> --out <out> --jobs <jobs> --json --quiet`, which must exit 0. */
function packetJson(folder: string, out: string, jobs: string): JsonSummary {
  const result = spawnSync(
    command[0] ?? "node",
    [...command.slice(1), "packet", folder, "--out", out, "--jobs", jobs, "--json", "--quiet"],
    { cwd: packageDirectory, env, encoding: "utf8", timeout: 120_000 },
  );
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as JsonSummary;
}

/** Fields of /proc/<pid>/stat after the command name: state, parent, ... */
function procStat(pid: number | string): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined;
  }
}

/** Processes whose parent is `pid` (Linux). */
function childrenOf(pid: number): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name) && procStat(name)?.[1] === String(pid))
    .map(Number);
}

/** Whether a process still runs (a zombie waiting to be reaped does not). */
const isRunning = (pid: number): boolean => {
  const state = procStat(pid)?.[0];
  return state !== undefined && state !== "Z";
};

describe("clausework packet, spawned", () => {
  it("builds on a pool of two workers and moves the bytes back intact", () => {
    // A pool only for a batch large enough to repay its warm-up (plan.ts).
    const work = tempFolder("pool");
    writeExampleCopies(join(work, "in"), poolFrom(2));
    const summary = packetJson(join(work, "in"), join(work, "out"), "2");
    expect(summary.built).toBe(poolFrom(2));
    expect(summary.threads).toEqual({ kind: "pool", workers: 2 });
    const threads = new Set(summary.items.map((item) => item.stats.threadId));
    expect(threads.size).toBe(2);
    expect(threads.has(0)).toBe(false);
    for (const zip of readdirSync(join(work, "out")))
      expect(packetProblems(join(work, "out", zip))).toEqual([]);
  }, 130_000);

  it("builds a small batch in this thread with its PDFs on a second, to the same bytes", () => {
    const out = tempFolder("small");
    const summary = packetJson(examplesDirectory, join(out, "two"), "2");
    expect(summary.built).toBe(exampleFiles().length);
    expect(summary.threads).toEqual({ kind: "this-thread", pdfThread: true });
    expect(new Set(summary.items.map((item) => item.stats.threadId))).toEqual(new Set([0]));
    // Each packet's PDFs went to the PDF thread.
    expect(summary.items.map((item) => item.stats.pdfThread)).toEqual(
      summary.items.map(() => true),
    );
    const alone = packetJson(examplesDirectory, join(out, "one"), "1");
    expect(alone.threads).toEqual({ kind: "this-thread", pdfThread: false });
    expect(alone.items.some((item) => item.stats.pdfThread !== undefined)).toBe(false);
    const zips = readdirSync(join(out, "one")).sort();
    expect(readdirSync(join(out, "two")).sort()).toEqual(zips);
    for (const zip of zips) {
      expect(packetProblems(join(out, "two", zip))).toEqual([]);
      expect(readFileSync(join(out, "two", zip)).equals(readFileSync(join(out, "one", zip)))).toBe(
        true,
      );
    }
  }, 130_000);

  it.each([
    { copies: poolFrom(2), threads: "a pool of 2 workers" },
    { copies: Math.min(20, poolFrom(2) - 1), threads: "this one, and a second for PDFs" },
  ])(
    "stops cleanly on Ctrl-C mid-batch on $threads: exit 130, whole zips only, no temp files",
    async ({ copies, threads }) => {
      const work = tempFolder("interrupt");
      writeExampleCopies(join(work, "in"), copies);
      const out = join(work, "out");
      const child = spawn(
        command[0] ?? "node",
        [...command.slice(1), "packet", join(work, "in"), "--out", out, "--jobs", "2", "--verbose"],
        {
          cwd: packageDirectory,
          env,
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
      const exited = new Promise<number | null>((resolve) =>
        child.on("exit", (code) => resolve(code)),
      );
      const zips = (): string[] =>
        existsSync(out) ? readdirSync(out).filter((name) => name.endsWith(".zip")) : [];
      const started = Date.now();
      while (zips().length < 2 && Date.now() - started < 90_000)
        await new Promise((resolve) => setTimeout(resolve, 100));
      child.kill("SIGINT");
      expect(await exited).toBe(130);
      const left = readdirSync(out);
      expect(left.filter((name) => isTempFile(name) || !name.endsWith(".zip"))).toEqual([]);
      expect(left.length).toBeGreaterThanOrEqual(2);
      expect(left.length).toBeLessThan(copies);
      for (const zip of left) expect(packetProblems(join(out, zip))).toEqual([]);
      expect(stderr).not.toMatch(/Warning|EPIPE/);
      expect(stderr).not.toContain("    at ");
      expect(stderr).toContain(`threads: ${threads}\n`);
      expect(stderr).toMatch(
        new RegExp(
          `^interrupted: ${left.length} built, 0 failed, 0 warnings in [0-9.]+ s; ${copies - left.length} not built$`,
          "m",
        ),
      );
    },
    130_000,
  );

  it("runs the pool in a process of its own, V8 single-threaded, that ends with the command", async () => {
    const work = tempFolder("killed");
    // As many workers as cores, in a batch just large enough for a pool: V8's
    // background threads would only compete with them.
    writeExampleCopies(join(work, "in"), poolFrom(availableParallelism()));
    const out = join(work, "out");
    const jobs = String(availableParallelism());
    const child = spawn(
      command[0] ?? "node",
      [...command.slice(1), "packet", join(work, "in"), "--out", out, "--jobs", jobs, "--quiet"],
      { cwd: packageDirectory, env, stdio: "ignore" },
    );
    const exited = new Promise((resolve) => child.on("exit", resolve));
    const started = Date.now();
    let hosts: number[] = [];
    while (hosts.length === 0 && Date.now() - started < 90_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      hosts = childrenOf(child.pid ?? -1);
    }
    expect(hosts).toHaveLength(1);
    const host = hosts[0] ?? -1;
    expect(readFileSync(`/proc/${host}/cmdline`, "utf8").split("\0")).toContain(
      "--single-threaded",
    );
    // Killed outright, the command cannot tell the pool to stop: the pool notices.
    child.kill("SIGKILL");
    await exited;
    while (isRunning(host) && Date.now() - started < 100_000)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(isRunning(host)).toBe(false);
  }, 130_000);
});
