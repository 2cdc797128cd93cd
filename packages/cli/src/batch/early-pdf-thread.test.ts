import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../test-io.js";
import { createProgram } from "../program.js";
import { BUILD_VALUE_OPTIONS, wantsEarlyPdfThread } from "./early-pdf-thread.js";

const examples = fileURLToPath(new URL("../../../../examples/engagements/", import.meta.url));
const file = "web-design.json";
const manyCores = availableParallelism() >= 2;

describe("starting the PDF thread before the CLI loads", () => {
  it("knows every option of build that takes a value", () => {
    const program = createProgram({ io: memoryIo().io, color: false, exitCode: 0 });
    const build = program.commands.find((command) => command.name() === "build");
    const taking = (build?.options ?? [])
      .filter((option) => option.required || option.optional)
      .flatMap((option) => [option.short, option.long])
      .filter((name): name is string => name !== undefined);
    expect(new Set(taking)).toEqual(BUILD_VALUE_OPTIONS);
  });

  it.each([
    [["build", file, "--out", "out"], manyCores],
    [["build", "--out", "out", file, "--doc", "contract"], manyCores],
    [["build", file, "-o", "out", "--format", "docx,pdf"], manyCores],
    [["build", file, "--out=out", "--jobs", "2"], true],
    [["build", "-", "--out", "out"], manyCores],
  ])("starts it for a single build with PDFs: %j", (argv, expected) => {
    expect(wantsEarlyPdfThread(argv, examples)).toBe(expected);
  });

  it.each([
    [["build", file, "--out", "out", "--format", "docx,html"]],
    [["build", file, "--out", "out", "--jobs", "1"]],
    [["build", file, "--out", "out", "--stage", "model"]],
    [["build", file, "blog-retainer.json", "--out", "out"]],
    [["build", ".", "--out", "out"]],
    [["build", "missing.json", "--out", "out"]],
    [["build", file, "--out"]],
    [["build", file, "--out", "out", "--help"]],
    [["build", "--", file, "--out", "out"]],
    [["validate", file]],
    [["packet", file, "--out", "out"]],
    [[]],
  ])("leaves it for anything else: %j", (argv) => {
    expect(wantsEarlyPdfThread(argv, examples)).toBe(false);
  });
});
