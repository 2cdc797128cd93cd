// The shared list of hostile inputs through `clausework packet`, as a CI job
// would meet them in a folder of engagements: one file per entry, its value in
// the field the entry names of a real example. Refused entries build nothing
// and are reported at their field; the others become whole packets whose
// manifests match their files, with the value literally in the HTML.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { examplesDirectory } from "../../test/support/example-copies.js";
import { packetProblems, readPacket } from "../../test/support/check-packet.js";
import { tempFolder } from "../../test/support/temp-folder.js";
import { setAt } from "@clausework/schema/test-support";
import { run } from "../test-io.js";

type Entry = { id: string; field_hint: string; value: unknown; expected: string };

const entries = (
  JSON.parse(
    readFileSync(new URL("../../../schema/test/bad-inputs-public.json", import.meta.url), "utf8"),
  ) as Entry[]
).filter((entry) => entry.field_hint.startsWith("/"));

/** Cuneiform: no embedded font has it, so the PDF refuses it by name. */
const PDF_REFUSES = new Set(["wide-glyphs"]);

const example = JSON.parse(
  readFileSync(join(examplesDirectory, "web-design.json"), "utf8"),
) as Record<string, unknown>;

function injected(entry: Entry): string {
  const copy = { ...structuredClone(example), id: `bad-${entry.id}` };
  setAt(copy, entry.field_hint.replaceAll("*", "0"), entry.value);
  return JSON.stringify(copy, null, 2);
}

const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

describe("clausework packet on the shared hostile inputs", { timeout: 300_000 }, () => {
  it("refuses what validate refuses, packs the rest whole, and goes on after each failure", async () => {
    const cwd = tempFolder("packet-bad-inputs");
    const inputs = join(cwd, "engagements");
    mkdirSync(inputs, { recursive: true });
    for (const entry of entries) writeFileSync(join(inputs, `${entry.id}.json`), injected(entry));

    const { code, stdout } = await run(
      ["packet", "engagements", "--out", "packets", "--jobs", "1", "--json"],
      { cwd },
    );
    expect(code).toBe(1);
    const summary = JSON.parse(stdout) as {
      built: number;
      failed: number;
      items: { file: string; status: string; diagnostics: { pointer: string; code: string }[] }[];
    };
    const byId = new Map(
      summary.items.map((item) => [item.file.replace(/^.*\/|\.json$/g, ""), item] as const),
    );
    const refused = entries.filter(
      (entry) => /^REJECT/.test(entry.expected) || PDF_REFUSES.has(entry.id),
    );
    expect(summary.failed).toBe(refused.length);
    expect(summary.built).toBe(entries.length - refused.length);

    for (const entry of refused) {
      const item = byId.get(entry.id);
      expect(item?.status, entry.id).toBe("failed");
      expect(item?.diagnostics.length, entry.id).toBeGreaterThan(0);
    }
    for (const id of PDF_REFUSES) {
      const pointer = entries.find((entry) => entry.id === id)?.field_hint.replaceAll("*", "0");
      expect(byId.get(id)?.diagnostics.map((d) => [d.pointer, d.code])).toContainEqual([
        pointer,
        "PDF_MISSING_GLYPHS",
      ]);
    }

    const zips = readdirSync(join(cwd, "packets")).sort();
    expect(zips).toHaveLength(summary.built);
    for (const entry of entries.filter((candidate) => !refused.includes(candidate))) {
      const zip = join(cwd, "packets", `bad-${entry.id}.zip`);
      expect(packetProblems(zip), entry.id).toEqual([]);
      const { entries: files } = readPacket(zip);
      const html = new TextDecoder().decode(files["contract.html"]);
      const lines = String(entry.value).replace(/\r\n?/g, "\n").split("\n");
      for (const line of lines.map((text) => text.replace(/\s+/g, " ").trim()).filter(Boolean)) {
        expect(plain(html), `${entry.id}: ${line}`).toContain(line);
      }
    }
  });
});
