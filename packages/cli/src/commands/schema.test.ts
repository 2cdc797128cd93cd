import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../test-io.js";

const schemaFile = new URL("../../../../schemas/engagement.schema.json", import.meta.url);

describe("clausework schema", () => {
  it("prints the engagement schema byte for byte", async () => {
    const { code, stdout, stderr } = await run(["schema"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const onDisk = readFileSync(schemaFile, "utf8");
    expect(stdout).toBe(onDisk.endsWith("\n") ? onDisk : `${onDisk}\n`);
    expect(JSON.parse(stdout)).toMatchObject({
      $id: "https://clausework.dev/schemas/engagement.schema.json",
      title: "Clausework engagement",
    });
  });

  it("takes no file argument", async () => {
    const { code, stderr } = await run(["schema", "extra.json"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^clausework: too many arguments for 'schema'/);
  });
});
