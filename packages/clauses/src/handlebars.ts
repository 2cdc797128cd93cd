import * as namespace from "handlebars";

type HandlebarsApi = typeof namespace;

/**
 * Handlebars is CommonJS: Node hands its exports to ESM as `default` only, bundlers
 * may spread them too. Either way this is the library object.
 */
export const Handlebars: HandlebarsApi =
  (namespace as unknown as { default?: HandlebarsApi }).default ?? namespace;
