// The bundled example files, read from the repository as the previewer bundles them.
import { readdirSync, readFileSync } from "node:fs";

const directory = new URL("../../../../examples/engagements/", import.meta.url);

export const exampleNames: readonly string[] = readdirSync(directory)
  .filter((name) => name.endsWith(".json"))
  .map((name) => name.replace(/\.json$/, ""))
  .sort();

export function exampleText(name: string): string {
  return readFileSync(new URL(`${name}.json`, directory), "utf8");
}

/** 1-based number of the first line containing `fragment`. */
export function lineOf(text: string, fragment: string): number {
  const index = text.split("\n").findIndex((line) => line.includes(fragment));
  if (index < 0) throw new Error(`no line contains ${fragment}`);
  return index + 1;
}

/** An example with one field changed, written back as the previewer would show it. */
export function withField(
  name: string,
  change: (engagement: Record<string, unknown>) => void,
): string {
  const engagement = JSON.parse(exampleText(name)) as Record<string, unknown>;
  change(engagement);
  return `${JSON.stringify(engagement, null, 2)}\n`;
}
