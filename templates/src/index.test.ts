import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isGroup, templates } from "./index.js";

const script = fileURLToPath(new URL("../scripts/bundle-templates.mjs", import.meta.url));

describe("bundled templates", () => {
  it("are fresh: the bundle matches the manifests and Markdown files", () => {
    // Exits 1 (and execFileSync throws) when src/templates.generated.ts is stale.
    expect(() =>
      execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" }),
    ).not.toThrow();
  });

  it.each(["proposal", "contract", "handover"] as const)(
    "%s bundles its manifest as written",
    (kind) => {
      const onDisk: unknown = JSON.parse(
        readFileSync(fileURLToPath(new URL(`../${kind}/manifest.json`, import.meta.url)), "utf8"),
      );
      expect(templates[kind].manifest).toEqual(onDisk);
      expect(templates[kind].manifest.kind).toBe(kind);
    },
  );

  it("numbers only the contract", () => {
    expect(templates.contract.manifest.numbered).toBe(true);
    expect(templates.proposal.manifest.numbered).toBe(false);
    expect(templates.handover.manifest.numbered).toBe(false);
  });

  it("inlines intro and outro texts, not file names", () => {
    expect(templates.proposal.intro).toContain("{{project.title}}");
    expect(templates.handover.outro).toContain("{{freelancer.name}}");
    expect(templates.contract.intro).toBeUndefined();
  });

  it("tells groups from clause entries", () => {
    const body = templates.contract.manifest.body;
    expect(body.filter(isGroup).map((group) => group.id)).toContain("payment");
    expect(isGroup("parties")).toBe(false);
    expect(isGroup({ clause: "parties", title: "Who we are" })).toBe(false);
  });
});
