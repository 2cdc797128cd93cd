#!/usr/bin/env node
// Bundles clauses/*.md (front matter + Markdown/Handlebars body) into
// src/clauses.generated.ts, so the generator works in the browser without a file
// system. Run by `npm run build`; `--check` fails when the bundle is stale.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import yaml from "js-yaml";

const root = fileURLToPath(new URL("..", import.meta.url));
const clausesDir = join(root, "clauses");
const output = join(root, "src", "clauses.generated.ts");
const DOCUMENTS = ["proposal", "contract", "handover"];
const KEYS = new Set(["id", "title", "documents", "when", "needs"]);
const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/;

function fail(file, message) {
  throw new Error(`clauses/${file}: ${message}`);
}

function isStringList(value) {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function readClause(file) {
  const text = readFileSync(join(clausesDir, file), "utf8").replace(/\r\n?/g, "\n");
  const match = FRONT_MATTER.exec(text);
  if (match === null) fail(file, "must start with front matter between --- lines");
  const meta = yaml.load(match[1], { schema: yaml.JSON_SCHEMA });
  if (typeof meta !== "object" || meta === null) fail(file, "front matter must be a mapping");
  for (const key of Object.keys(meta)) if (!KEYS.has(key)) fail(file, `unknown key "${key}"`);
  if (meta.id !== file.replace(/\.md$/, ""))
    fail(file, `id must be "${file.replace(/\.md$/, "")}"`);
  if (meta.title !== undefined && typeof meta.title !== "string") fail(file, "title must be text");
  if (!isStringList(meta.documents) || meta.documents.length === 0)
    fail(file, "documents must list documents");
  for (const document of meta.documents) {
    if (!DOCUMENTS.includes(document)) fail(file, `unknown document "${document}"`);
  }
  if (meta.when !== undefined && typeof meta.when !== "string") fail(file, "when must be text");
  if (meta.needs !== undefined && !isStringList(meta.needs)) fail(file, "needs must list paths");
  const body = match[2].trim();
  if (body === "") fail(file, "has no body");
  return {
    id: meta.id,
    ...(meta.title === undefined ? {} : { title: meta.title }),
    documents: meta.documents,
    ...(meta.when === undefined ? {} : { when: meta.when }),
    needs: meta.needs ?? [],
    body: `${body}\n`,
  };
}

export function bundle() {
  const files = readdirSync(clausesDir)
    .filter((file) => file.endsWith(".md"))
    .sort();
  const entries = files.map((file) => `  ${JSON.stringify(readClause(file))},`);
  return [
    "/* Generated from clauses/*.md by scripts/bundle-clauses.mjs. Do not edit. */",
    'import type { ClauseSource } from "./clause.js";',
    "",
    "export const clauseSources: readonly ClauseSource[] = [",
    ...entries,
    "];",
    "",
  ].join("\n");
}

const text = bundle();
if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(output, "utf8");
  } catch {
    current = "";
  }
  if (current !== text) {
    console.error("src/clauses.generated.ts is stale: run `npm run bundle` in packages/clauses");
    process.exit(1);
  }
} else {
  writeFileSync(output, text);
}
