import { generate } from "@clausework/generator";
import { validate, type Diagnostic } from "@clausework/schema";
import { generationProblems } from "../build/problems.js";
import { applyStrict, hasErrors } from "../build/severity.js";
import { withClauseFolder, type FolderReports } from "../clauses/reports.js";
import type { FileReport } from "../output.js";

const NO_FOLDER: FolderReports = { reports: [] };

/** Validation, then the generator's advice; advice only for a valid input. */
export function lintText(
  text: string,
  name: string,
  strict: boolean,
  folder: FolderReports = NO_FOLDER,
): FileReport {
  const validation = validate(text, { fileName: name });
  const merged = withClauseFolder(validation.engagement, folder, name);
  if (!validation.ok || merged.engagement === undefined || merged.problems.length > 0) {
    return { file: name, ok: false, diagnostics: [...validation.diagnostics, ...merged.problems] };
  }
  let advice: Diagnostic[];
  try {
    advice = [...generate(merged.engagement, { documents: [] }).advice];
  } catch (error) {
    const problems = generationProblems(error);
    if (problems === undefined) throw error;
    advice = problems;
  }
  // --strict on lint: every warning fails, the validator's (a line break in a name) as well as advice's.
  const diagnostics = applyStrict([...validation.diagnostics, ...advice], strict);
  return { file: name, ok: !hasErrors(diagnostics), diagnostics };
}
