export type ComposeErrorCode =
  | "HANDOVER_MISSING"
  | "LOCALE_INVALID"
  | "MARKDOWN_UNSUPPORTED"
  | "MARKER_MISPLACED"
  | "FACTS_INCONSISTENT"
  | "TEMPLATE_INVALID"
  | "CUSTOM_CLAUSE_INVALID";

/**
 * compose cannot build the document. HANDOVER_MISSING, LOCALE_INVALID and
 * CUSTOM_CLAUSE_INVALID come from the input; the other codes mean a template or
 * derive bug, never user text.
 */
export class ComposeError extends Error {
  constructor(
    readonly code: ComposeErrorCode,
    message: string,
    readonly pointer?: string,
  ) {
    super(message);
    this.name = "ComposeError";
  }
}
