// Ctrl-C during a batch: the first one aborts (no new work; an input whose
// files are all written keeps them, one still writing keeps none; temp files
// go; exit 130); a second one, for the impatient, deletes the temp files still
// open and leaves at once.
import type { CliIo } from "../context.js";
import { EXIT_INTERRUPTED } from "../context.js";
import { removePendingTempFiles } from "../files/atomic-write.js";

export type Interrupt = {
  readonly signal: AbortSignal;
  readonly dispose: () => void;
};

const signals = ["SIGINT", "SIGTERM"] as const;

export function listenForInterrupt(io: CliIo): Interrupt {
  const controller = new AbortController();
  const onSignal = (): void => {
    if (controller.signal.aborted) {
      removePendingTempFiles();
      process.exit(EXIT_INTERRUPTED);
    }
    controller.abort();
  };
  const onAbort = (): void => controller.abort();
  for (const name of signals) process.on(name, onSignal);
  io.signal?.addEventListener("abort", onAbort, { once: true });
  if (io.signal?.aborted === true) controller.abort();
  return {
    signal: controller.signal,
    dispose: () => {
      for (const name of signals) process.off(name, onSignal);
      io.signal?.removeEventListener("abort", onAbort);
    },
  };
}
