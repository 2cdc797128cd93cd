// Validation rejects these inputs before derive runs; derive still refuses them
// loudly (never loops, never guesses) so a caller that skipped validation gets a
// stable code instead of a wrong document.
export type DeriveErrorCode =
  | "MILESTONE_CYCLE"
  | "MILESTONE_UNKNOWN_AFTER"
  | "MILESTONE_UNDATED"
  | "NO_WORKING_DAYS"
  | "MONEY_INVALID"
  | "CURRENCY_UNKNOWN"
  | "DATE_OUT_OF_RANGE";

export class DeriveError extends Error {
  override readonly name = "DeriveError";
  readonly code: DeriveErrorCode;
  /** JSON pointer into the engagement, when one place is to blame. */
  readonly pointer: string | undefined;

  constructor(code: DeriveErrorCode, message: string, pointer?: string) {
    super(message);
    this.code = code;
    this.pointer = pointer;
  }
}
