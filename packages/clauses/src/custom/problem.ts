/** One reason a custom clause cannot be used; line and column (1-based) are in its template. */
export type CustomClauseProblem = {
  readonly message: string;
  readonly line: number;
  readonly column: number;
};

export const TOO_LONG = "custom clause is too long (max 20 KB / 500 placeholders)";
