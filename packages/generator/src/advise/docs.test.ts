// Every rule has a page in docs/rules/, and the index lists every page.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rules } from "./index.js";

const repository = new URL("../../../../", import.meta.url);
const docs = new URL("docs/rules/", repository);
const read = (file: string) => readFileSync(new URL(file, docs), "utf8");

describe("rule docs", () => {
  it("have one page per rule, and no page without a rule", () => {
    const pages = readdirSync(docs).filter((file) => file !== "README.md");
    expect(pages.sort()).toEqual(rules.map((rule) => `${rule.id}.md`).sort());
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))(
    "%s: page names the rule and its severity",
    (_id, rule) => {
      const page = readFileSync(new URL(rule.docs, repository), "utf8");
      expect(page.startsWith(`# ${rule.id}\n`)).toBe(true);
      expect(page).toContain(`Severity: ${rule.severity}`);
      expect(page).toMatch(/## Why/);
      expect(page).toMatch(/## How to fix/);
    },
  );

  it("are all listed in the README, in rule order, with severity and title", () => {
    const readme = read("README.md");
    const rows = [
      ...readme.matchAll(/^\| \[([a-z-]+)\]\(([a-z-]+)\.md\) +\| (\w+) +\| (.+?) +\|$/gm),
    ];
    expect(rows.every(([, name, file]) => name === file)).toBe(true);
    expect(rows.map((row) => `${row[1]} | ${row[3]} | ${row[4]}`)).toEqual(
      rules.map((rule) => `${rule.id} | ${rule.severity} | ${rule.title}`),
    );
    const listed = rows.map((row) => row[1]);
    expect(listed).toEqual(rules.map((rule) => rule.id));
  });
});
