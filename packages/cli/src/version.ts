import { readFileSync } from "node:fs";

let cached: string | undefined;

/** The version in package.json (src/ and dist/ both sit one level below it). */
export function packageVersion(): string {
  if (cached !== undefined) return cached;
  const text = readFileSync(new URL("../package.json", import.meta.url), "utf8");
  const parsed: unknown = JSON.parse(text);
  cached =
    typeof parsed === "object" && parsed !== null && "version" in parsed
      ? String(parsed.version)
      : "unknown";
  return cached;
}
