import { describe, expect, it } from "vitest";
import { engagementSchema } from "./schema-info.js";
import { describeDefs } from "./test-defs.js";
import { HANDOVER_DEFS } from "./test-defs-handover.js";
import { OBJECT_DEFS } from "./test-defs-objects.js";
import { SCALAR_DEFS } from "./test-defs-scalar.js";
import type { DefCases } from "./test-defs.js";
import { engagementWith } from "./test-engagement.js";

const customClause = {
  id: "hosting",
  title: "Hosting",
  documents: ["contract"],
  template: "{{client.name}} pays for hosting.",
};

// The template itself (variables, helpers) is checked by @clausework/clauses.
const CUSTOM_DEFS: Record<string, DefCases> = {
  customClause: {
    pointer: "/customClauses/0",
    place: (value) => engagementWith(["/customClauses", [value]]),
    valid: [
      customClause,
      { ...customClause, after: "deposit", documents: ["proposal", "contract"] },
    ],
    invalid: [
      [{ ...customClause, documents: [] }, "TOO_FEW", "/customClauses/0/documents"],
      [{ ...customClause, documents: ["invoice"] }, "NOT_ALLOWED", "/customClauses/0/documents/0"],
      [{ ...customClause, template: "x".repeat(20_001) }, "TOO_LONG", "/customClauses/0/template"],
      [{ ...customClause, id: "Not a slug" }, "INVALID_FORMAT", "/customClauses/0/id"],
      [
        { id: "hosting", title: "Hosting", documents: ["contract"] },
        "REQUIRED",
        "/customClauses/0/template",
      ],
    ],
  },
};

describeDefs(OBJECT_DEFS);
describeDefs(HANDOVER_DEFS);
describeDefs(CUSTOM_DEFS);

describe("the $def case tables", () => {
  it("cover every $def of the schema", () => {
    const defs = Object.keys(engagementSchema.$defs as object).sort();
    expect(
      [
        ...Object.keys(SCALAR_DEFS),
        ...Object.keys(OBJECT_DEFS),
        ...Object.keys(HANDOVER_DEFS),
        ...Object.keys(CUSTOM_DEFS),
      ].sort(),
    ).toEqual(defs);
  });
});
