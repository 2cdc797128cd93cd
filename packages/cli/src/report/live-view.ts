// The live task list on a terminal (listr2): one line per slot showing the
// file it is building, under a heading that counts what is done. Diagnostics
// wait until the list is gone, so they never tear through it.
import { Listr, ListrLogger, ProcessOutput } from "listr2";
import type { SlotView } from "../batch/run-batch.js";
import { plural } from "../output.js";

export type LiveStreams = {
  /** The terminal the list is drawn on. */
  readonly terminal: NodeJS.WriteStream;
  /** The other standard stream; listr holds back anything written to it while drawing. */
  readonly other: NodeJS.WriteStream;
};

export type LiveView = {
  readonly view: SlotView;
  /** Call after each finished input, so the heading counts it. */
  readonly advance: (built: boolean) => void;
};

/** `noun` is singular and plural: ["packet", "packets"]. */
export function createLiveView(
  streams: LiveStreams,
  total: number,
  noun: readonly [string, string],
): LiveView {
  let built = 0;
  let failed = 0;
  let setHeading: (title: string) => void = () => undefined;
  const heading = (): string =>
    `Building ${plural(total, ...noun)}: ${built} built${failed > 0 ? `, ${failed} failed` : ""}`;
  const view: SlotView = async (count, work) => {
    const list = new Listr(
      [
        {
          title: heading(),
          task: (_context, parent) => {
            setHeading = (title) => (parent.title = title);
            return parent.newListr(
              Array.from({ length: count }, (_, slot) => ({
                title: "starting",
                task: async (_inner, row): Promise<void> => {
                  await work(slot, (name) => (row.title = name === "" ? "idle" : name));
                },
              })),
              { concurrent: true, exitOnError: false },
            );
          },
        },
      ],
      {
        renderer: "default",
        rendererOptions: {
          collapseSubtasks: true,
          // The list is progress: it goes when the batch ends, and the summary
          // line after it, coloured by the outcome, is what stays. Kept, its
          // heading would end with a green check even when every input failed.
          clearOutput: true,
          logger: new ListrLogger({
            useIcons: true,
            processOutput: new ProcessOutput(streams.terminal, streams.other),
          }),
        },
        fallbackRendererCondition: false,
        silentRendererCondition: false,
        registerSignalListeners: false,
        exitOnError: false,
      },
    );
    await list.run();
  };
  return {
    view,
    advance(itemBuilt) {
      if (itemBuilt) built += 1;
      else failed += 1;
      setHeading(heading());
    },
  };
}
