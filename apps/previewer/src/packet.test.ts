import { strFromU8, strToU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildPacket } from "./packet.js";
import type { PacketEntry } from "./packet.js";

const entries: PacketEntry[] = [
  {
    name: "acme-proposal.pdf",
    bytes: strToU8("%PDF-proposal"),
    document: "proposal",
    format: "pdf",
  },
  { name: "engagement.json", bytes: strToU8('{ "id": "acme" }\n'), format: "json" },
  {
    name: "acme-contract.docx",
    bytes: strToU8("PK-contract"),
    document: "contract",
    format: "docx",
  },
];

describe("buildPacket", () => {
  it("holds every entry and a manifest, sorted by name", async () => {
    const files = unzipSync(await buildPacket("acme", "2027-04-19", entries));
    expect(Object.keys(files)).toEqual([
      "acme-contract.docx",
      "acme-proposal.pdf",
      "engagement.json",
      "manifest.json",
    ]);
    expect(strFromU8(files["acme-proposal.pdf"] ?? new Uint8Array())).toBe("%PDF-proposal");
    expect(JSON.parse(strFromU8(files["manifest.json"] ?? new Uint8Array()))).toEqual({
      engagement: "acme",
      issuedOn: "2027-04-19",
      files: [
        { name: "acme-contract.docx", document: "contract", format: "docx", bytes: 11 },
        { name: "acme-proposal.pdf", document: "proposal", format: "pdf", bytes: 13 },
        { name: "engagement.json", format: "json", bytes: 17 },
      ],
    });
  });

  it("gives the same bytes for the same input, whatever the order or the clock", async () => {
    const first = await buildPacket("acme", "2027-04-19", entries);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await buildPacket("acme", "2027-04-19", [...entries].reverse());
    expect(second).toEqual(first);
    expect(await buildPacket("acme", "2027-04-20", entries)).not.toEqual(first);
  });
});
