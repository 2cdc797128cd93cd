// Generates src/engagement.generated.ts from the engagement schema, so every
// package shares one TypeScript view of the input. Runs before each build; a
// test fails when the committed file is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compile } from "json-schema-to-typescript";

const schemaPath = fileURLToPath(import.meta.resolve("@clausework/schemas/engagement.schema.json"));
const outPath = fileURLToPath(new URL("../src/engagement.generated.ts", import.meta.url));

// Titles are for people (they name fields in error messages); type names come
// from the $defs keys instead, so strip every title but the root's.
function withoutTitles(node, isRoot) {
  if (Array.isArray(node)) return node.map((item) => withoutTitles(item, false));
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "title" && !isRoot && typeof value === "string") continue;
    // A $ref with its own description would otherwise become a duplicate type.
    if (key === "description" && "$ref" in node) continue;
    out[key] =
      key === "properties" || key === "$defs"
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutTitles(v, false)]))
        : withoutTitles(value, false);
  }
  return out;
}

export async function generate() {
  const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
  const source = withoutTitles({ ...schema, title: "Engagement" }, true);
  return compile(source, "Engagement", {
    bannerComment:
      "/* Generated from schemas/engagement.schema.json by scripts/generate-types.mjs. Do not edit. */",
    additionalProperties: false,
    strictIndexSignatures: true,
    unreachableDefinitions: true,
    maxItems: -1,
    style: { printWidth: 100 },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(outPath, await generate());
}
