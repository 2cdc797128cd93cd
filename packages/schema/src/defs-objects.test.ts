import { describe, expect, it } from "vitest";
import { engagementSchema } from "./schema-info.js";
import { describeDefs } from "./test-defs.js";
import { HANDOVER_DEFS } from "./test-defs-handover.js";
import { OBJECT_DEFS } from "./test-defs-objects.js";
import { SCALAR_DEFS } from "./test-defs-scalar.js";

describeDefs(OBJECT_DEFS);
describeDefs(HANDOVER_DEFS);

describe("the $def case tables", () => {
  it("cover every $def of the schema", () => {
    const defs = Object.keys(engagementSchema.$defs as object).sort();
    expect(
      [
        ...Object.keys(SCALAR_DEFS),
        ...Object.keys(OBJECT_DEFS),
        ...Object.keys(HANDOVER_DEFS),
      ].sort(),
    ).toEqual(defs);
  });
});
