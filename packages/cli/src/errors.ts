/**
 * A mistake of the user (a bad argument, a missing file): printed as one line
 * `clausework: message` without a stack, and the run exits 2.
 */
export class UserError extends Error {
  override readonly name = "UserError";
}
