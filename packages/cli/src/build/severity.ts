// Judging diagnostics: what --strict makes of warnings, whether any is an
// error, and the problem of an id used twice in one run. Apart from
// problems.ts, which needs the generator and the PDF renderer's error types,
// so that validate, lint and the batch's preparation can use these without
// loading either.
import { PDF_MISSING_GLYPHS, type Diagnostic } from "@clausework/schema";

/**
 * With --strict, every warning about the engagement fails it and is shown as an
 * error. Text no PDF font draws stays a warning: it is about one format, whose
 * build refuses that text itself, and HTML, DOCX and Markdown show it.
 */
export function applyStrict(diagnostics: readonly Diagnostic[], strict: boolean): Diagnostic[] {
  if (!strict) return [...diagnostics];
  return diagnostics.map((diagnostic) =>
    diagnostic.severity === "warning" && diagnostic.code !== PDF_MISSING_GLYPHS
      ? { ...diagnostic, severity: "error" }
      : diagnostic,
  );
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === "error");
}

/** An engagement whose id an earlier input of the same run already has. */
export function duplicateIdProblem(id: string, first: string): Diagnostic {
  return {
    severity: "error",
    code: "DUPLICATE_ID",
    pointer: "/id",
    message: `the id "${id}" is also the id of ${first}, and their outputs would overwrite each other`,
    hint: "give each engagement its own id",
  };
}
