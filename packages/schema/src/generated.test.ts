import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generate } from "../scripts/generate-types.mjs";

describe("engagement.generated.ts", () => {
  it("is up to date with the schema (run npm run generate -w packages/schema)", async () => {
    const committed = readFileSync(new URL("./engagement.generated.ts", import.meta.url), "utf8");
    expect(committed).toBe(await generate());
  });
});
