// Golden facts for every example engagement a user would copy: derive must keep
// producing exactly these dates and amounts. UPDATE_GOLDENS=1 rewrites the files
// (inspect the diff before committing it).
import type { Engagement } from "@clausework/schema";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { derive } from "../src/derive/index.js";
import { resolve } from "../src/resolve.js";

const examplesDir = fileURLToPath(new URL("../../../examples/engagements/", import.meta.url));
const goldensDir = fileURLToPath(new URL("./goldens/", import.meta.url));
const update = process.env["UPDATE_GOLDENS"] === "1";

const examples = readdirSync(examplesDir)
  .filter((file) => file.endsWith(".json"))
  .sort();

describe("derive on the example engagements", () => {
  it("finds the examples", () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples)("%s matches its golden facts", (file) => {
    const engagement = JSON.parse(readFileSync(join(examplesDir, file), "utf8")) as Engagement;
    const text = `${JSON.stringify(derive(resolve(engagement)), null, 2)}\n`;
    const golden = join(goldensDir, `${basename(file, ".json")}.facts.json`);
    if (update) {
      mkdirSync(goldensDir, { recursive: true });
      writeFileSync(golden, text);
    }
    if (!existsSync(golden)) {
      throw new Error(`No golden ${golden}: run UPDATE_GOLDENS=1 npx vitest run, then inspect it`);
    }
    expect(text).toBe(readFileSync(golden, "utf8"));
  });
});
