import { describe, expect, it } from "vitest";
import { compose } from "./compose.js";
import { printsAlikeInEveryDocument, sharedTextsOf } from "./shared-texts.js";
import { FULL_FACTS, fullEngagement } from "./test-fixtures.js";

describe("clause texts shared between the documents of an engagement", () => {
  it("are only those of templates that read no per-document field", () => {
    expect(printsAlikeInEveryDocument("{{client.name}} pays {{money fees.fee}}.")).toBe(true);
    expect(printsAlikeInEveryDocument("as set out in this {{documentName}}")).toBe(false);
    expect(printsAlikeInEveryDocument('{{#if (eq document "contract")}}x{{/if}}')).toBe(false);
    expect(printsAlikeInEveryDocument("{{#with statutoryTerms}}{{name}}{{/with}}")).toBe(false);
    expect(printsAlikeInEveryDocument("{{#each this}}x{{/each}}")).toBe(false);
  });

  it("leave every document as it would be on its own", () => {
    const facts = structuredClone(FULL_FACTS);
    const alone = compose(fullEngagement(), facts, "contract");
    const engagement = fullEngagement();
    const afterProposal = (() => {
      compose(engagement, facts, "proposal");
      return compose(engagement, facts, "contract");
    })();
    expect(afterProposal).toEqual(alone);
    // The contract did print texts of the proposal's.
    expect(sharedTextsOf(engagement, facts, "en-GB").size).toBeGreaterThan(10);
  });
});
