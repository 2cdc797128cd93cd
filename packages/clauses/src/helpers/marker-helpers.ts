// {{block "schedule"}} and {{#notice "legal" "Title"}}…{{/notice}}: markers for the
// typed blocks compose builds. Their arguments must be literals written in the
// template, so no user value ever reaches a marker.
import type { HelperOptions } from "handlebars";
import { ClauseError } from "../errors.js";
import { isBlockName, markerMarkdown, NOTICE_TONES, type MarkerNoticeTone } from "../markers.js";
import { literalArgument, splitArguments } from "./arguments.js";

function block(...args: unknown[]): string {
  const { values } = splitArguments(args, "block");
  const name = literalArgument(values[0], "block");
  if (values.length !== 1 || !isBlockName(name))
    throw new ClauseError(`block: unknown block "${name}"`);
  return markerMarkdown({ kind: "block", name });
}

function notice(this: unknown, ...args: unknown[]): string {
  const { values, options } = splitArguments(args, "notice");
  const tone = literalArgument(values[0], "notice");
  if (!(NOTICE_TONES as readonly string[]).includes(tone))
    throw new ClauseError(`notice: unknown tone "${tone}"`);
  const title = values.length > 1 ? literalArgument(values[1], "notice") : undefined;
  const fn = (options as HelperOptions).fn as ((context: unknown) => string) | undefined;
  if (fn === undefined) throw new ClauseError("notice: use it as a block, {{#notice}}…{{/notice}}");
  const start = markerMarkdown({
    kind: "notice",
    tone: tone as MarkerNoticeTone,
    ...(title === undefined ? {} : { title }),
  });
  return `${start}${fn(this)}${markerMarkdown({ kind: "end-notice" })}`;
}

export const markerHelpers = { block, notice } as const;
