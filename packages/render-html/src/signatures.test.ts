import { describe, expect, it } from "vitest";
import { renderBlocks } from "./test-render.js";

describe("signatures", () => {
  const html = renderBlocks({
    type: "signatures",
    labels: { signature: "Signed", date: "Dated" },
    parties: [
      {
        role: "Freelancer",
        partyName: "Jane",
        signatories: [{ name: "Jane Doe", title: "Owner" }],
      },
      { role: "Client", partyName: "Acme", signatories: [{ name: "Max" }, { name: "Erika" }] },
    ],
  });

  it("renders one column per party inside a two-column block", () => {
    expect(html.startsWith('<div class="signatures">\n  <div class="signature-party">')).toBe(true);
    expect(html.match(/class="signature-party"/g)).toHaveLength(2);
  });

  it("gives each signatory a signature line and a date line with their labels", () => {
    expect(html.match(/<div class="signatory">/g)).toHaveLength(3);
    expect(html.match(/<div class="signature-line"><\/div>/g)).toHaveLength(6);
    expect(html.match(/>Signed</g)).toHaveLength(3);
    expect(html.match(/>Dated</g)).toHaveLength(3);
  });

  it("prints role, party name, signatory name and title, and omits a missing title", () => {
    expect(html).toContain('<p class="signature-role">Freelancer</p>');
    expect(html).toContain('<p class="signature-party-name">Acme</p>');
    expect(html).toContain('<p class="signatory-title">Owner</p>');
    expect(html.match(/signatory-title/g)).toHaveLength(1);
  });
});
