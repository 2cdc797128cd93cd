#!/usr/bin/env node
import { endUnusedPdfThread, startEarlyPdfThread } from "./batch/early-pdf-thread.js";
import { EXIT_USAGE } from "./context.js";
import { whyNotWritten } from "./files/why-not-written.js";

// Before anything heavy loads: a single build's PDF thread warms up meanwhile.
startEarlyPdfThread(process.argv.slice(2), process.cwd());
const { main } = await import("./main.js");

// A reader that closes the pipe early (`clausework schema | head`) is not an
// error; a full disk or a closed file behind `> file` is the user's to fix.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`clausework: cannot write standard output: ${whyNotWritten(error)}\n`);
  process.exit(EXIT_USAGE);
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
});
await endUnusedPdfThread();
