import { formatHelpers } from "./format-helpers.js";
import { logicHelpers } from "./logic-helpers.js";
import { markerHelpers } from "./marker-helpers.js";

/** Every helper a clause may use; nothing else compiles. */
export const helpers: Readonly<Record<string, (...args: unknown[]) => unknown>> = {
  ...formatHelpers,
  ...logicHelpers,
  ...markerHelpers,
};

export { truthy } from "./logic-helpers.js";
