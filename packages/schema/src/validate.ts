import { schemaErrors } from "./ajv.js";
import { copyValue } from "./from-value.js";
import {
  error,
  finishDiagnostics,
  hasErrors,
  type Diagnostic,
  type Finding,
  type ValidationResult,
} from "./diagnostic.js";
import type { Engagement } from "./engagement.generated.js";
import { schemaErrorFinding } from "./messages.js";
import { parseText } from "./parse.js";
import { foldUndrawable } from "./pdf-drawable.js";
import { placeFinding, type Positions } from "./positions.js";
import { semanticFindings } from "./semantic-checks.js";

export type ValidateOptions = {
  /** Names the file in messages about the file as a whole. */
  fileName?: string;
};

/**
 * Checks an engagement file's text. Never throws: every problem, including
 * text that is not JSON at all, comes back as a diagnostic.
 */
export function validate(text: string, options: ValidateOptions = {}): ValidationResult {
  return guarded(() => {
    if (typeof text !== "string")
      return finish([error("NOT_TEXT", "", "the input is not text")], undefined);
    const quick = parseText(text, options.fileName, { quick: true });
    if (!quick.complete) return finish(quick.findings, quick.positions);
    const result = check(quick.value, quick.findings, quick.positions);
    if (quick.quick !== true || result.diagnostics.length === 0) return result;
    // Something to report: read again with positions, so every diagnostic has its line.
    const parsed = parseText(text, options.fileName);
    if (!parsed.complete) return finish(parsed.findings, parsed.positions);
    return check(parsed.value, parsed.findings, parsed.positions);
  });
}

/** Checks an already parsed value (the previewer, tests). Never throws. */
export function validateValue(value: unknown): ValidationResult {
  return guarded(() => {
    const copied = copyValue(value);
    if (!copied.complete) return finish(copied.findings, undefined);
    return check(copied.value, copied.findings, undefined);
  });
}

function check(
  value: unknown,
  earlier: readonly Finding[],
  positions: Positions | undefined,
): ValidationResult {
  const schemaFindings = suppressRepeats(
    schemaErrors(value).flatMap((failure) => schemaErrorFinding(failure) ?? []),
    earlier,
  );
  // The schema passed, so the value has the generated type.
  const semantic = schemaFindings.some((finding) => finding.severity === "error")
    ? []
    : semanticFindings(value as Engagement);
  return finish([...earlier, ...schemaFindings, ...semantic], positions, value);
}

/**
 * One problem, one diagnostic: a secret key is not also an unknown key, and an
 * empty value is not also in the wrong format.
 */
function suppressRepeats(findings: readonly Finding[], earlier: readonly Finding[]): Finding[] {
  const secrets = new Set(earlier.filter((f) => f.code === "SECRET_KEY").map((f) => f.pointer));
  const blanks = new Set(findings.filter((f) => f.code === "BLANK_TEXT").map((f) => f.pointer));
  return findings.filter(
    (finding) =>
      !(finding.code === "UNKNOWN_KEY" && secrets.has(finding.pointer)) &&
      !(finding.code === "INVALID_FORMAT" && blanks.has(finding.pointer)),
  );
}

function finish(
  findings: readonly Finding[],
  positions: Positions | undefined,
  value?: unknown,
): ValidationResult {
  const diagnostics = finishDiagnostics(
    findings.map((finding) => placeFinding(finding, positions)),
    foldUndrawable,
  );
  const ok = !hasErrors(diagnostics);
  return ok && value !== undefined
    ? { ok, diagnostics, engagement: value as Engagement }
    : { ok, diagnostics };
}

// A safety net for bugs in this package, not for user input: input problems
// are diagnostics by design, but a crash must not take the caller down either.
function guarded(run: () => ValidationResult): ValidationResult {
  try {
    return run();
  } catch (caught) {
    const diagnostic: Diagnostic = {
      severity: "error",
      code: "INTERNAL_ERROR",
      pointer: "",
      message: `the validator failed unexpectedly (${describeError(caught)}); please report this`,
    };
    return { ok: false, diagnostics: [diagnostic] };
  }
}

function describeError(caught: unknown): string {
  try {
    return caught instanceof Error ? caught.message : String(caught);
  } catch {
    return "unknown error";
  }
}
