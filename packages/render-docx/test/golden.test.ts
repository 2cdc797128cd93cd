// The sample document's word/document.xml, pretty-printed, against a golden
// that was read and checked by hand. UPDATE_GOLDENS=1 rewrites it.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sampleDocument } from "@clausework/model";
import { renderDocx } from "../src/index.js";
import { documentXml } from "../src/test-support.js";

const golden = fileURLToPath(new URL("goldens/sample.document.xml", import.meta.url));

describe("golden", () => {
  it("word/document.xml of the sample document", async () => {
    const actual = documentXml(await renderDocx(sampleDocument));
    if (process.env["UPDATE_GOLDENS"] === "1") writeFileSync(golden, actual);
    expect(actual).toBe(readFileSync(golden, "utf8"));
  });
});
