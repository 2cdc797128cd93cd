// For tests of the replacements render-pdf makes in pdfmake and pdfkit (Node
// only): a module as published, loaded anew, so no replacement made in this
// process has touched it. The copy everything else uses stays in the cache.

/** `path` (resolved) loaded afresh through `require`. */
export function pristineModule(require: NodeJS.Require, path: string): unknown {
  const cached = require.cache[path];
  delete require.cache[path];
  try {
    return require(path) as unknown;
  } finally {
    if (cached !== undefined) require.cache[path] = cached;
  }
}
