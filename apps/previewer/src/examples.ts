// The bundled examples: the engagements in examples/engagements, as their text,
// so the editor shows each file exactly as it is in the repository.
const files = import.meta.glob<string>("../../../examples/engagements/*.json", {
  eager: true,
  query: "?raw",
  import: "default",
});

export type Example = {
  /** The file name without .json, e.g. "web-design". */
  readonly name: string;
  /** The project's title, e.g. "Website redesign for Saltmarsh Ceramics". */
  readonly label: string;
  readonly text: string;
};

/** The project's title, or the file name when the file has none (it is the user's to break). */
function label(name: string, text: string): string {
  try {
    const value: unknown = JSON.parse(text);
    const project: unknown =
      typeof value === "object" && value !== null ? Reflect.get(value, "project") : undefined;
    const title: unknown =
      typeof project === "object" && project !== null ? Reflect.get(project, "title") : undefined;
    if (typeof title === "string" && title.trim() !== "") return title;
  } catch {
    // Not JSON: fall back to the file name.
  }
  return name;
}

export const examples: readonly Example[] = Object.entries(files)
  .map(([path, text]) => {
    const name = path.slice(path.lastIndexOf("/") + 1).replace(/\.json$/, "");
    return { name, label: label(name, text), text };
  })
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

export function exampleNamed(name: string | undefined): Example | undefined {
  return examples.find((example) => example.name === name);
}
