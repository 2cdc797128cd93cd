// Generates src/validator.generated.ts: the engagement schema compiled by ajv
// into plain JavaScript ahead of time. Compiling at run time took about a fifth
// of a second in every process and browser worker that validates; loading the
// generated module takes a tenth of that. Run by `npm run generate`; a test fails
// when the committed file is stale.
//   npx tsx scripts/generate-validator.ts
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { _ } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import * as standalone from "ajv/dist/standalone/index.js";
import { formats } from "../src/formats.js";
import { keywordDefinitions } from "../src/keywords.js";
import { engagementSchema } from "../src/schema-info.js";
import { standaloneKeyword } from "./standalone-keyword.js";

// A CommonJS module: its default export is the function, however it is imported.
const standaloneCode = standalone.default;

const outPath = fileURLToPath(new URL("../src/validator.generated.ts", import.meta.url));

// The functions ajv's code would require() from its runtime folder, mapped to
// the ESM module that provides them; any other require() fails the generation.
const runtime: Readonly<Record<string, string>> = {
  'require("ajv/dist/runtime/ucs2length").default': "runtime.ucs2length",
  'require("ajv/dist/runtime/equal").default': "runtime.equal",
};

const header = `/* Generated from schemas/engagement.schema.json by scripts/generate-validator.ts. Do not edit. */
// @ts-nocheck
import { formats } from "./formats.js";
import { keywordValidators } from "./keywords.js";
import * as runtime from "./validator-runtime.js";
`;

export function generateValidator(): string {
  // strict: unknown keywords and loose types in the schema are bugs; allErrors:
  // people fix a file in one go; allowUnionTypes: money is number | string;
  // verbose: errors carry the failing data and schema for messages; no $data.
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    allowUnionTypes: true,
    verbose: true,
    $data: false,
    messages: false,
    code: { source: true, esm: true, lines: true, formats: _`formats` },
  });
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  for (const definition of keywordDefinitions) ajv.addKeyword(standaloneKeyword(definition));
  let code = standaloneCode(ajv, ajv.compile(engagementSchema)).replace(/^"use strict";/, "");
  for (const [required, name] of Object.entries(runtime)) code = code.split(required).join(name);
  const left = /require\([^)]*\)/.exec(code);
  if (left !== null) throw new Error(`the generated validator still requires ${left[0]}`);
  return `${header}${code}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(outPath, generateValidator());
}
