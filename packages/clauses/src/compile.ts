import type { TemplateDelegate } from "handlebars";
import { ClauseError } from "./errors.js";
import { compileOptions, runtimeEnvironment, runtimeOptions } from "./environment.js";
import { precompiledTemplate } from "./precompiled.js";
import { precompileChecked } from "./template-check.js";
import { OBJECT_MARKER, toView, type ViewObject } from "./view.js";

export type RenderTemplate = (data: ViewObject) => string;

/**
 * Compiled templates by source, then name. Two levels, not one key joining both: a
 * clause's source is the same string on every call, so its hash is computed once,
 * where a joined key would be a new long string to hash on every render.
 */
const compiled = new Map<string, Map<string, RenderTemplate>>();
let compiledCount = 0;
const MAX_COMPILED = 500;

function checkedTemplate(source: string, name: string): TemplateDelegate {
  // A built-in clause was checked and compiled when the package was built.
  const precompiled = precompiledTemplate(source);
  if (precompiled !== undefined) return precompiled;
  const { helpers } = precompileChecked(source, name);
  try {
    return runtimeEnvironment(helpers).compile(source, compileOptions);
  } catch (error) {
    throw new ClauseError(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Compiles a clause or template body once; `name` labels errors. */
export function compileTemplate(source: string, name: string): RenderTemplate {
  const known = compiled.get(source)?.get(name);
  if (known !== undefined) return known;
  const template = checkedTemplate(source, name);
  const render: RenderTemplate = (data) => {
    let markdown: string;
    try {
      markdown = template(data, runtimeOptions);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new ClauseError(`${name}: ${message}`);
    }
    if (markdown.includes(OBJECT_MARKER)) {
      throw new ClauseError(
        `${name}: printed a whole object or list; print its fields or use a helper`,
      );
    }
    return markdown;
  };
  // Custom clauses make the sources open-ended (a previewer compiles one per
  // keystroke): start over rather than grow without bound.
  if (compiledCount >= MAX_COMPILED) {
    compiled.clear();
    compiledCount = 0;
  }
  const byName = compiled.get(source) ?? new Map<string, RenderTemplate>();
  byName.set(name, render);
  compiled.set(source, byName);
  compiledCount += 1;
  return render;
}

/**
 * The escaped view of template data. Building it escapes every string once, so a
 * document that renders many clauses from the same data builds it once.
 */
export function templateView(data: Record<string, unknown>, name = "template data"): ViewObject {
  const view = toView(data);
  if (view === undefined || typeof view !== "object" || Array.isArray(view)) {
    throw new ClauseError(`${name}: template data must be an object`);
  }
  return view as ViewObject;
}

/** Renders `source` with `data` (plain JSON-like data, viewed and escaped here). */
export function renderTemplate(
  source: string,
  name: string,
  data: Record<string, unknown>,
): string {
  return compileTemplate(source, name)(templateView(data, name));
}

/** Renders `source` with a view already built by templateView. */
export function renderView(source: string, name: string, view: ViewObject): string {
  return compileTemplate(source, name)(view);
}
