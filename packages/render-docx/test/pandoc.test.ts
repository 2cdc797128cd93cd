// pandoc reads the DOCX structure: Word headings, numbering and tables must come
// through as Header, BulletList/OrderedList and Table nodes.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleDocument } from "@clausework/model";
import { renderDocx } from "../src/index.js";
import { requireTool } from "../src/test-support.js";

type PandocNode = { readonly t: string; readonly c?: unknown };

const dir = mkdtempSync(join(tmpdir(), "render-docx-pandoc-"));
let blocks: PandocNode[] = [];

function isNode(value: unknown): value is PandocNode {
  return (
    typeof value === "object" && value !== null && typeof (value as { t?: unknown }).t === "string"
  );
}

/** Every pandoc node at any depth, in document order. */
function nodes(value: unknown): PandocNode[] {
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (!isNode(value)) return [];
  return [value, ...nodes(value.c)];
}

function inlineText(value: unknown): string {
  return nodes(value)
    .map((node) => (node.t === "Str" ? String(node.c) : node.t === "Space" ? " " : ""))
    .join("");
}

beforeAll(async () => {
  requireTool("pandoc", "pandoc");
  const file = join(dir, "sample.docx");
  writeFileSync(file, await renderDocx(sampleDocument));
  const json = JSON.parse(
    execFileSync("pandoc", ["-f", "docx", "-t", "json", file], { encoding: "utf8" }),
  ) as {
    blocks: PandocNode[];
  };
  blocks = json.blocks;
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("pandoc", () => {
  it("sees the section headings as Header nodes with their levels", () => {
    const headers = nodes(blocks)
      .filter((node) => node.t === "Header")
      .map((node) => {
        const [level, , inlines] = node.c as [number, unknown, unknown];
        return `${level} ${inlineText(inlines)}`;
      });
    expect(headers).toEqual([
      "1 1. What I will do",
      "2 1.1 What is not included",
      "1 2. Cost",
      "1 3. When",
    ]);
  });

  it("sees the lists as a BulletList holding an OrderedList", () => {
    const bullet = nodes(blocks).find((node) => node.t === "BulletList");
    expect(bullet).toBeDefined();
    expect(nodes(bullet?.c).filter((node) => node.t === "OrderedList")).toHaveLength(1);
  });

  it("sees the tables as Table nodes", () => {
    // Key facts, fee table, schedule, notice and signatures.
    expect(nodes(blocks).filter((node) => node.t === "Table")).toHaveLength(5);
  });
});
