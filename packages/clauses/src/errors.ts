/** A clause or template that cannot be rendered: a bug in a template, never in user data. */
export class ClauseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ClauseError";
  }
}
