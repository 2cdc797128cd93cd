// The whole check of a user's clause template, cheapest first: a linear scan for
// size and depth, then Handlebars' parser and an exact walk of its tree, and only
// then a compile in the shared environment (which also applies the rules every
// built-in clause meets, such as headings printing values through `line`).
import { compileTemplate } from "../compile.js";
import { environment } from "../environment.js";
import { checkFields } from "./fields.js";
import { checkMarkdown } from "./markdown-check.js";
import type { CustomClauseProblem } from "./problem.js";
import { scanLimits } from "./scan.js";
import type { ObjectShape } from "./shape.js";
import { checkProgram } from "./walk.js";

/** What compile errors are labelled with; compileTemplate caches by name and source. */
export const CUSTOM_CLAUSE_NAME = "custom clause";

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** "Parse error on line 3: …excerpt… Expecting 'ID', got 'INVALID'" → line 3, the last line. */
function parseProblem(error: unknown): CustomClauseProblem {
  const message = messageOf(error);
  const line = Number(/on line (\d+)/.exec(message)?.[1] ?? 1);
  const reason = message.split("\n").at(-1) ?? message;
  return { message: `syntax error: ${reason}`, line, column: 1 };
}

/** "custom clause:3:5: reason" or "custom clause:3: reason" from compileTemplate. */
function compileProblem(error: unknown): CustomClauseProblem {
  const message = messageOf(error);
  const match = /^custom clause:(?:(\d+):)?(?:(\d+):)? ?(.*)$/s.exec(message);
  return {
    message: match?.[3] ?? message,
    line: Number(match?.[1] ?? 1),
    column: Number(match?.[2] ?? 1),
  };
}

export type CustomClauseCheckOptions = {
  /**
   * The shape of the data the clause will see (templateDataShape). With it, every
   * path is followed to its end and every helper argument checked for its kind;
   * without it, only the first segment of a path is known.
   */
  readonly shape?: ObjectShape;
};

/**
 * Every reason `template` cannot be a custom clause, with its line and column (both
 * 1-based); empty when it can. Never compiles a template that breaks a limit.
 */
export function checkCustomClause(
  template: string,
  options: CustomClauseCheckOptions = {},
): CustomClauseProblem[] {
  const limits = scanLimits(template);
  if (limits.length > 0) return limits;
  let program: hbs.AST.Program;
  try {
    program = environment.parse(template);
  } catch (error) {
    return [parseProblem(error)];
  }
  const unsafe = checkProgram(program);
  if (unsafe.length > 0) return unsafe;
  // Safe to compile from here on; the field problems and a compile problem are
  // independent, so both are reported.
  const problems = [
    ...(options.shape === undefined ? [] : checkFields(program, options.shape)),
    ...checkMarkdown(template),
  ];
  try {
    compileTemplate(template, CUSTOM_CLAUSE_NAME);
  } catch (error) {
    problems.push(compileProblem(error));
  }
  return problems;
}
