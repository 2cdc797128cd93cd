// Engagement text to document models, the same way the CLI does it: validate,
// then generate. The last text's results are kept, so switching tabs or
// exporting right after an edit does not validate and generate again.
import { generate } from "@clausework/generator";
import type { DocumentKind, DocumentModel } from "@clausework/model";
import { validate } from "@clausework/schema";
import type { Diagnostic, Engagement } from "@clausework/schema";

export type Built = {
  /** What validation found: errors stop the build, warnings do not. */
  readonly diagnostics: readonly Diagnostic[];
  /** The generator's advice (lint rules); only for valid input. */
  readonly advice: readonly Diagnostic[];
  readonly engagement?: Engagement;
};

export type BuiltDocument = Built & {
  readonly model?: DocumentModel;
  /** Set when the input is valid but this document cannot be made from it. */
  readonly missing?: string;
};

type Cached = {
  readonly text: string;
  built: Built;
  readonly models: Map<DocumentKind, DocumentModel | undefined>;
};

let cached: Cached | undefined;

function validated(text: string): Cached {
  if (cached?.text === text) return cached;
  const result = validate(text, { fileName: "engagement.json" });
  const built: Built =
    result.ok && result.engagement !== undefined
      ? { diagnostics: result.diagnostics, advice: [], engagement: result.engagement }
      : { diagnostics: result.diagnostics, advice: [] };
  cached = { text, built, models: new Map() };
  return cached;
}

function modelFor(
  entry: Cached,
  engagement: Engagement,
  kind: DocumentKind,
): Built & { model?: DocumentModel } {
  if (!entry.models.has(kind)) {
    const generated = generate(engagement, { documents: [kind] });
    const model = generated.documents.find((document) => document.kind === kind)?.model;
    entry.models.set(kind, model);
    // Advice is about the whole engagement: the same whichever document is asked for.
    entry.built = { ...entry.built, advice: generated.advice };
  }
  const model = entry.models.get(kind);
  return model === undefined ? entry.built : { ...entry.built, model };
}

/** One document of the engagement in `text`, or the diagnostics that say why there is none. */
export function buildDocument(text: string, kind: DocumentKind): BuiltDocument {
  const entry = validated(text);
  const engagement = entry.built.engagement;
  if (engagement === undefined) return entry.built;
  const built = modelFor(entry, engagement, kind);
  if (built.model !== undefined) return built;
  return {
    ...built,
    missing: `This engagement has no ${kind}: add its part to the file to build one.`,
  };
}
