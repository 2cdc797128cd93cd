import { generate } from "@clausework/generator";
import { validate, type Diagnostic } from "@clausework/schema";
import { applyStrict, generationProblems, hasErrors } from "../build/problems.js";
import type { FileReport } from "../output.js";

/** Validation, then the generator's advice; advice only for a valid input. */
export function lintText(text: string, name: string, strict: boolean): FileReport {
  const validation = validate(text, { fileName: name });
  if (!validation.ok || validation.engagement === undefined) {
    return { file: name, ok: false, diagnostics: validation.diagnostics };
  }
  let advice: Diagnostic[];
  try {
    advice = [...generate(validation.engagement, { documents: [] }).advice];
  } catch (error) {
    const problems = generationProblems(error);
    if (problems === undefined) throw error;
    advice = problems;
  }
  const diagnostics = [...validation.diagnostics, ...applyStrict(advice, strict)];
  return { file: name, ok: !hasErrors(diagnostics), diagnostics };
}
