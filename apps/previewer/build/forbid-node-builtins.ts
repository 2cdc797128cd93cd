// The previewer runs in the browser only: a Node built-in in its module graph is
// a bug in the importing package, so the build stops and names the importer
// instead of quietly bundling an empty stand-in.
import { builtinModules } from "node:module";
import type { Plugin } from "vite";

const builtins = new Set(builtinModules);

export function isNodeBuiltin(id: string): boolean {
  return id.startsWith("node:") || builtins.has(id) || builtins.has(id.split("/")[0] ?? "");
}

export function forbidNodeBuiltins(): Plugin {
  return {
    name: "clausework:forbid-node-builtins",
    enforce: "pre",
    apply: "build",
    resolveId(id, importer) {
      if (!isNodeBuiltin(id)) return null;
      this.error(
        `${id} is a Node built-in, imported by ${importer ?? "an entry"}; the previewer runs in the browser`,
      );
    },
  };
}
