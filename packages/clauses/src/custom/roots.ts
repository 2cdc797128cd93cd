// The top-level names of the data compose hands to every clause (template-data.ts
// in @clausework/generator, which has a test that keeps the two in step): the
// printable engagement fields and the few reshapings made for templates.

/** Names a custom clause may start a path with, outside `#each` and `#with`. */
export const CUSTOM_CLAUSE_ROOTS: ReadonlySet<string> = new Set([
  // engagement fields (metadata and $schema are never printed)
  "id",
  "issuedOn",
  "validUntil",
  "validForDays",
  "locale",
  "currency",
  "jurisdiction",
  "pageSize",
  "statutory",
  "freelancer",
  "client",
  "project",
  "scope",
  "deliverables",
  "schedule",
  "method",
  "fees",
  "rights",
  "signatures",
  "handover",
  // added for templates
  "document",
  "documentName",
  "facts",
  "deadlines",
  "hours",
]);
