// The engagement schema's text as published in @clausework/schemas, byte for
// byte. Sources and dist/ read it from that package; the bundle (scripts/
// bundle.mjs) replaces this module with one that holds the text, so an
// installed clausework needs no @clausework/schemas beside it.
import { readFile } from "node:fs/promises";

export async function readEngagementSchema(): Promise<string> {
  const location = import.meta.resolve("@clausework/schemas/engagement.schema.json");
  return readFile(new URL(location), "utf8");
}
