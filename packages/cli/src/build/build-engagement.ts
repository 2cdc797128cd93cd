// One engagement from text to finished output bytes: validate, generate,
// render, and lay the files out as build or packet wants them. No file system
// and no clock: the worker threads run this, and so does --jobs 1.
import type { DocumentKind, DocumentModel } from "@clausework/model";
import { generate, type GenerateResult } from "@clausework/generator";
import {
  PDF_MISSING_GLYPHS,
  validate,
  validateValue,
  type Diagnostic,
  type Engagement,
} from "@clausework/schema";
import { mergeClauses, type ClauseFiles } from "../clauses/merge.js";
import { locateInFolder } from "../clauses/locate.js";
import type { Format, Stage } from "./formats.js";
import { layOut, type Layout, type OutputFile } from "./layout.js";
import { jsonBytes } from "./manifest.js";
import { generationProblems, renderProblems } from "./problems.js";
import { applyStrict, hasErrors } from "./severity.js";

export type BuildTask = {
  /** How diagnostics name the input: the path as given, or <stdin>. */
  readonly name: string;
  readonly text: string;
  readonly inputSha256: string;
  readonly documents: readonly DocumentKind[];
  /** Whether --doc named the documents, so one the engagement cannot make is worth a note. */
  readonly documentsChosen: boolean;
  readonly formats: readonly Format[];
  readonly issuedOn?: string;
  readonly stage?: Stage;
  readonly strict: boolean;
  readonly layout: Layout;
  readonly toolVersion: string;
  /** The checked clause files of --clauses, added after the engagement's own custom clauses. */
  readonly clauses?: ClauseFiles;
};

export type BuildOutcome = {
  readonly ok: boolean;
  /** The engagement id, once the input was valid. */
  readonly id?: string;
  readonly diagnostics: readonly Diagnostic[];
  /** Paths relative to the output folder; empty unless ok. */
  readonly files: readonly OutputFile[];
};

const failed = (diagnostics: readonly Diagnostic[], id?: string): BuildOutcome =>
  id === undefined
    ? { ok: false, diagnostics, files: [] }
    : { ok: false, id, diagnostics, files: [] };

/** `render` renders one document to one format: render-eager or render-lazy, or a mix. */
export async function buildEngagement(
  task: BuildTask,
  render: FormatRenderer,
): Promise<BuildOutcome> {
  const validation = validate(task.text, { fileName: task.name });
  const checked = withoutGlyphWarnings(validation.diagnostics);
  const valid = validation.engagement;
  if (!validation.ok || valid === undefined) return failed(checked);
  const onDate = dateProblems(valid, task.issuedOn);
  if (onDate.length > 0) return failed([...checked, ...onDate], valid.id);
  const withClauses = addClauses(valid, task);
  if (!("engagement" in withClauses)) return failed(withClauses.problems, valid.id);
  const { engagement, located } = withClauses;
  const clauseWarnings = withoutGlyphWarnings(
    task.clauses?.files.flatMap((file) => file.warnings) ?? [],
  );
  const generated = generateOrFail(engagement, task);
  if (!("resolved" in generated)) {
    return failed([...clauseWarnings, ...generated.map(located)], engagement.id);
  }
  // --strict: every warning about the engagement fails it, the validator's and
  // the clause files' as well as advice; a note about --doc is not about it.
  const diagnostics = [
    ...applyStrict([...checked, ...clauseWarnings, ...generated.advice], task.strict),
    ...unavailableNotes(task, generated),
  ].map(located);
  if (hasErrors(diagnostics)) return failed(diagnostics, engagement.id);
  const rendered = await renderAll(task, generated, engagement, render);
  if (!Array.isArray(rendered))
    return failed([...diagnostics, ...rendered.problems.map(located)], engagement.id);
  const files = layOut(task, {
    id: engagement.id,
    issuedOn: generated.resolved.issuedOn,
    files: rendered,
    diagnostics,
  });
  return { ok: true, id: engagement.id, diagnostics, files };
}

/**
 * The validator's warning of text no PDF font draws is left to the PDF
 * renderer here: it checks the documents actually drawn and refuses them with
 * the same code, naming the text. Per field, the warning would also fire for a
 * field no PDF asked for shows (--doc contract, an emoji in the handover; any
 * text with --format html).
 */
function withoutGlyphWarnings(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.code !== PDF_MISSING_GLYPHS);
}

/**
 * --date replaces issuedOn after the file was checked, so the rules that read
 * issuedOn (an offer valid until before it was made) are checked again with it.
 */
function dateProblems(engagement: Engagement, issuedOn: string | undefined): Diagnostic[] {
  if (issuedOn === undefined || issuedOn === engagement.issuedOn) return [];
  return validateValue({ ...engagement, issuedOn })
    .diagnostics.filter((diagnostic) => diagnostic.severity === "error")
    .map((diagnostic) => ({
      ...diagnostic,
      message: `with --date ${issuedOn}: ${diagnostic.message}`,
    }));
}

type WithClauses =
  | { readonly engagement: Engagement; readonly located: (d: Diagnostic) => Diagnostic }
  | { readonly problems: readonly Diagnostic[] };

/** The engagement with the clause files after its own clauses; diagnostics about those move to their files. */
function addClauses(engagement: Engagement, task: BuildTask): WithClauses {
  if (task.clauses === undefined) return { engagement, located: (diagnostic) => diagnostic };
  const merged = mergeClauses(engagement, task.clauses, task.name);
  if (merged.engagement === undefined) return { problems: merged.problems };
  const own = engagement.customClauses?.length ?? 0;
  const files = task.clauses.files;
  return {
    engagement: merged.engagement,
    located: (diagnostic) => locateInFolder(diagnostic, own, files),
  };
}

function generateOrFail(engagement: Engagement, task: BuildTask): GenerateResult | Diagnostic[] {
  try {
    return generate(engagement, {
      documents: task.documents,
      ...(task.issuedOn === undefined ? {} : { issuedOn: task.issuedOn }),
    });
  } catch (error) {
    const diagnostics = generationProblems(error, engagement);
    if (diagnostics === undefined) throw error;
    return diagnostics;
  }
}

function unavailableNotes(task: BuildTask, generated: GenerateResult): Diagnostic[] {
  if (!task.documentsChosen || task.stage !== undefined) return [];
  const made = new Set(generated.documents.map((document) => document.kind));
  return task.documents
    .filter((kind) => !made.has(kind))
    .map((kind) => ({
      // Asked for by name, so its absence is worth a warning, not a note.
      severity: "warning",
      code: "DOCUMENT_UNAVAILABLE",
      pointer: kind === "handover" ? "/handover" : "",
      message: `no ${kind} was built: the engagement has nothing for it`,
    }));
}

type Rendered = { path: string; bytes: Uint8Array }[] | { problems: Diagnostic[] };

/** Renders one document to one format; the default renders in this thread. */
export type FormatRenderer = (doc: DocumentModel, format: Format) => Promise<Uint8Array>;

async function renderAll(
  task: BuildTask,
  generated: GenerateResult,
  engagement: Engagement,
  render: FormatRenderer,
): Promise<Rendered> {
  if (task.stage !== undefined) return stageFiles(task.stage, generated);
  const jobs = generated.documents.flatMap(({ kind, model }) =>
    task.formats.map((format) => ({ kind, model, format, path: `${kind}.${format}` })),
  );
  // PDFs start first: a renderer that sends them to another thread then
  // overlaps them with the formats rendered here.
  const started = new Map<string, Promise<Uint8Array>>();
  for (const job of [...jobs].sort(
    (a, b) => Number(b.format === "pdf") - Number(a.format === "pdf"),
  )) {
    started.set(job.path, render(job.model, job.format));
  }
  const settled = await Promise.allSettled(jobs.map((job) => started.get(job.path)));
  const files: { path: string; bytes: Uint8Array }[] = [];
  // The first failure in document and format order, whichever finished first.
  for (const [index, result] of settled.entries()) {
    const job = jobs[index];
    if (job === undefined) continue;
    if (result.status === "rejected") {
      const problems = renderProblems(result.reason, job.kind, engagement);
      if (problems === undefined) throw result.reason;
      return { problems };
    }
    if (result.value === undefined) throw new Error(`no render started for ${job.path}`);
    files.push({ path: job.path, bytes: result.value });
  }
  return files;
}

/** --stage: the intermediate JSON of the pipeline instead of documents. */
function stageFiles(
  stage: Stage,
  generated: GenerateResult,
): { path: string; bytes: Uint8Array }[] {
  if (stage === "resolved")
    return [{ path: "resolved.json", bytes: jsonBytes(generated.resolved) }];
  if (stage === "facts") return [{ path: "facts.json", bytes: jsonBytes(generated.facts) }];
  return generated.documents.map(({ kind, model }) => ({
    path: `${kind}.model.json`,
    bytes: jsonBytes(model),
  }));
}
