import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateValidator } from "../scripts/generate-validator.js";

describe("validator.generated.ts", () => {
  it("is up to date with the schema and keywords (run npm run generate -w packages/schema)", () => {
    const committed = readFileSync(new URL("./validator.generated.ts", import.meta.url), "utf8");
    expect(committed === generateValidator()).toBe(true);
  });
});
