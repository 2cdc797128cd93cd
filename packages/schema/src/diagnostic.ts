import type { Engagement } from "./engagement.generated.js";
import { displayPointer } from "./pointer.js";
import { escapeUnsafe } from "./safe-text.js";

export type Severity = "error" | "warning" | "info";

export type Diagnostic = {
  severity: Severity;
  /** Stable, machine-readable, e.g. "REQUIRED". */
  code: string;
  /** JSON Pointer of the offending value or key; "" is the whole file. */
  pointer: string;
  message: string;
  hint?: string;
  /** 1-based line of the offending value or key; absent without source text. */
  line?: number;
  /** 1-based column (UTF-16 units, as editors count). */
  column?: number;
};

export type ValidationResult = {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** The input, with CRLF and CR in strings turned into LF; only when there are no errors. */
  engagement?: Engagement;
};

/**
 * A diagnostic before it is placed in the source: `at` says whether it points
 * at the key or the value of its pointer.
 */
export type Finding = Diagnostic & { at?: "key" | "value" };

export const MAX_DIAGNOSTICS = 200;

export function error(code: string, pointer: string, message: string, hint?: string): Finding {
  return hint === undefined
    ? { severity: "error", code, pointer, message }
    : { severity: "error", code, pointer, message, hint };
}

export function warning(code: string, pointer: string, message: string, hint?: string): Finding {
  return { ...error(code, pointer, message, hint), severity: "warning" };
}

function compare(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareText(a.code, b.code) ||
    compareText(a.pointer, b.pointer) ||
    compareText(a.message, b.message)
  );
}

// Plain code-unit order, so the result does not depend on the runtime's locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Drops exact repeats, sorts by position, lets `fold` merge what it will, then
 * keeps MAX_DIAGNOSTICS with a note of how many more there were. Errors are kept
 * before anything else: a file with an error must show one, however many
 * warnings come before it.
 */
export function finishDiagnostics(
  diagnostics: readonly Diagnostic[],
  fold: (sorted: readonly Diagnostic[]) => Diagnostic[] = (sorted) => [...sorted],
): Diagnostic[] {
  const unique = new Map<string, Diagnostic>();
  for (const diagnostic of diagnostics) {
    const key = JSON.stringify([
      diagnostic.severity,
      diagnostic.code,
      diagnostic.pointer,
      diagnostic.message,
    ]);
    if (!unique.has(key)) unique.set(key, diagnostic);
  }
  const sorted = fold([...unique.values()].sort(compare));
  if (sorted.length <= MAX_DIAGNOSTICS) return sorted;
  const isError = (diagnostic: Diagnostic): boolean => diagnostic.severity === "error";
  const kept = new Set(
    [...sorted.filter(isError), ...sorted.filter((d) => !isError(d))].slice(0, MAX_DIAGNOSTICS),
  );
  const more = sorted.length - MAX_DIAGNOSTICS;
  return [
    ...sorted.filter((diagnostic) => kept.has(diagnostic)),
    {
      severity: "info",
      code: "MORE_DIAGNOSTICS",
      pointer: "",
      message: `and ${more} more ${more === 1 ? "diagnostic" : "diagnostics"} not shown`,
      hint: "fix the ones above and validate again",
    },
  ];
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === "error");
}

/** `file:line:col  error  /pointer  message (CODE)`, with unsafe characters escaped. */
export function formatDiagnostic(diagnostic: Diagnostic, fileName: string): string {
  const place =
    diagnostic.line === undefined
      ? fileName
      : `${fileName}:${diagnostic.line}:${diagnostic.column ?? 1}`;
  const pointer = displayPointer(diagnostic.pointer);
  const message = escapeUnsafe(diagnostic.message);
  return `${place}  ${diagnostic.severity}  ${pointer}  ${message} (${diagnostic.code})`;
}
