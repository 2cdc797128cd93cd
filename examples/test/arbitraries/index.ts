// Generated engagements for property tests and the long-run bench.
export { validEngagement } from "./engagement.js";
export { FULL, LIGHT, type Shape } from "./shape.js";
export { nearValidEngagement, mutate, MUTATIONS, type NearValid } from "./near-valid.js";
export { runSettings, DEFAULT_SEED } from "./settings.js";
export { BUG_MARKERS, HOSTILE } from "./text.js";
