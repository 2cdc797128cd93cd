#!/usr/bin/env node
// Bundles <kind>/manifest.json with its intro and outro Markdown into
// src/templates.generated.ts, so the generator works in the browser without a file
// system. Run by `npm run build`; `--check` fails when the bundle is stale.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const output = join(root, "src", "templates.generated.ts");
const KINDS = ["proposal", "contract", "handover"];
const MANIFEST_KEYS = new Set(["kind", "title", "numbered", "intro", "outro", "body"]);
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function fail(kind, message) {
  throw new Error(`templates/${kind}/manifest.json: ${message}`);
}

function checkClauseEntry(kind, entry) {
  if (typeof entry === "string") {
    if (!ID.test(entry)) fail(kind, `"${entry}" is not a clause id`);
    return;
  }
  const keys = Object.keys(entry ?? {});
  if (typeof entry?.clause !== "string" || !ID.test(entry.clause))
    fail(kind, "clause entry needs a clause id");
  if (entry.title !== undefined && typeof entry.title !== "string")
    fail(kind, "a title must be text");
  if (keys.some((key) => key !== "clause" && key !== "title"))
    fail(kind, `unknown key in ${JSON.stringify(entry)}`);
}

function checkEntry(kind, entry) {
  if (typeof entry === "object" && entry !== null && "clauses" in entry) {
    if (!ID.test(entry.id ?? "")) fail(kind, "a group needs an id");
    if (typeof entry.title !== "string") fail(kind, `group ${entry.id} needs a title`);
    if (!Array.isArray(entry.clauses) || entry.clauses.length === 0)
      fail(kind, `group ${entry.id} has no clauses`);
    if (Object.keys(entry).some((key) => !["id", "title", "clauses"].includes(key)))
      fail(kind, `unknown key in group ${entry.id}`);
    entry.clauses.forEach((clause) => checkClauseEntry(kind, clause));
  } else {
    checkClauseEntry(kind, entry);
  }
}

function readText(kind, file) {
  if (file === undefined) return undefined;
  const path = join(root, kind, file);
  if (typeof file !== "string" || !existsSync(path)) fail(kind, `no file ${file}`);
  return readFileSync(path, "utf8").replace(/\r\n?/g, "\n").trim() + "\n";
}

function readTemplate(kind) {
  const manifest = JSON.parse(readFileSync(join(root, kind, "manifest.json"), "utf8"));
  for (const key of Object.keys(manifest))
    if (!MANIFEST_KEYS.has(key)) fail(kind, `unknown key "${key}"`);
  if (manifest.kind !== kind) fail(kind, `kind must be "${kind}"`);
  if (typeof manifest.title !== "string") fail(kind, "title must be text");
  if (typeof manifest.numbered !== "boolean") fail(kind, "numbered must be true or false");
  if (!Array.isArray(manifest.body) || manifest.body.length === 0)
    fail(kind, "body must list clauses");
  manifest.body.forEach((entry) => checkEntry(kind, entry));
  const intro = readText(kind, manifest.intro);
  const outro = readText(kind, manifest.outro);
  return {
    manifest,
    ...(intro === undefined ? {} : { intro }),
    ...(outro === undefined ? {} : { outro }),
  };
}

export function bundle() {
  const entries = KINDS.map((kind) => `  ${kind}: ${JSON.stringify(readTemplate(kind))},`);
  return [
    "/* Generated from templates/<kind>/ by scripts/bundle-templates.mjs. Do not edit. */",
    'import type { DocumentTemplate, TemplateKind } from "./manifest.js";',
    "",
    "export const templateSources: Readonly<Record<TemplateKind, DocumentTemplate>> = {",
    ...entries,
    "};",
    "",
  ].join("\n");
}

const text = bundle();
if (process.argv.includes("--check")) {
  const current = existsSync(output) ? readFileSync(output, "utf8") : "";
  if (current !== text) {
    console.error("src/templates.generated.ts is stale: run `npm run bundle` in templates/");
    process.exit(1);
  }
} else {
  writeFileSync(output, text);
}
