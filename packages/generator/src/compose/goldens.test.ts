// Golden document models of the hand-written fixtures: every change to a clause, a
// template or compose shows up as a diff to read. UPDATE_GOLDENS=1 rewrites them
// (inspect the diff before committing it).
import type { DocumentKind } from "@clausework/model";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compose } from "./index.js";
import { FULL_FACTS, fullEngagement, MINIMAL_FACTS, minimalEngagement } from "./test-fixtures.js";

const goldensDir = fileURLToPath(new URL("./goldens/", import.meta.url));
const update = process.env["UPDATE_GOLDENS"] === "1";

const cases: [string, () => unknown][] = [
  ...(["proposal", "contract", "handover"] as DocumentKind[]).map(
    (kind) =>
      [`full-${kind}`, () => compose(fullEngagement(), FULL_FACTS, kind)] as [
        string,
        () => unknown,
      ],
  ),
  ...(["proposal", "contract"] as DocumentKind[]).map(
    (kind) =>
      [`minimal-${kind}`, () => compose(minimalEngagement(), MINIMAL_FACTS, kind)] as [
        string,
        () => unknown,
      ],
  ),
];

describe("composed documents", () => {
  it.each(cases)("%s matches its golden model", (name, build) => {
    const text = `${JSON.stringify(build(), null, 2)}\n`;
    const golden = `${goldensDir}${name}.model.json`;
    if (update) {
      mkdirSync(goldensDir, { recursive: true });
      writeFileSync(golden, text);
    }
    if (!existsSync(golden))
      throw new Error(`No golden ${golden}: run UPDATE_GOLDENS=1 npx vitest run, then inspect it`);
    expect(text).toBe(readFileSync(golden, "utf8"));
  });
});
