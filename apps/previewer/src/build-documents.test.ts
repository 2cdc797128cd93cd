import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDocument } from "./build-documents.js";

const directory = new URL("../../../examples/engagements/", import.meta.url);
const examples = readdirSync(directory).filter((name) => name.endsWith(".json"));
const text = (name: string): string => readFileSync(new URL(name, directory), "utf8");

function edited(name: string, change: (engagement: Record<string, unknown>) => void): string {
  const engagement = JSON.parse(text(name)) as Record<string, unknown>;
  change(engagement);
  return JSON.stringify(engagement, null, 2);
}

describe("buildDocument", () => {
  it("builds the contract of every example, titled from its metadata", () => {
    expect(examples.length).toBeGreaterThan(0);
    for (const name of examples) {
      const built = buildDocument(text(name), "contract");
      expect(built.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(built.model?.kind).toBe("contract");
      expect(built.model?.meta.id).toBe(`${built.engagement?.id}-contract`);
    }
  });

  it("gives diagnostics with a line and no document for invalid JSON", () => {
    const built = buildDocument('{\n  "id": "x",\n  oops\n}', "proposal");
    expect(built.model).toBeUndefined();
    expect(built.missing).toBeUndefined();
    expect(built.diagnostics[0]).toMatchObject({ severity: "error", line: 3 });
    expect(built.advice).toEqual([]);
  });

  it("says why there is no handover when the engagement has none", () => {
    const built = buildDocument(
      edited("va-retainer-handover.json", (e) => delete e["handover"]),
      "handover",
    );
    expect(built.model).toBeUndefined();
    expect(built.missing).toContain("no handover");
  });

  it("keeps the generator's advice apart from validation", () => {
    const built = buildDocument(
      edited("web-design.json", (e) => delete (e["fees"] as Record<string, unknown>)["lateFee"]),
      "contract",
    );
    expect(built.diagnostics).toEqual([]);
    expect(built.advice.map((advice) => advice.code)).toContain("no-late-fee");
  });

  it("reuses the last text's work when another document of it is asked for", () => {
    const source = text("web-design.json");
    const first = buildDocument(source, "proposal");
    const again = buildDocument(source, "proposal");
    expect(again.model).toBe(first.model);
    expect(buildDocument(source, "contract").engagement).toBe(first.engagement);
  });
});
