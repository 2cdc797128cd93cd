export type * from "./engagement.generated.js";
export type { Diagnostic, Severity, ValidationResult } from "./diagnostic.js";
export { formatDiagnostic, MAX_DIAGNOSTICS } from "./diagnostic.js";
export type { ValidateOptions } from "./validate.js";
export { validate, validateValue } from "./validate.js";
export { PDF_MISSING_GLYPHS } from "./pdf-drawable.js";
export { currencyDigits, parseMoney, MAX_MAJOR_UNITS } from "./money.js";
export { HOLIDAY_PLACES } from "./holiday-places.generated.js";
export { estimatePages, MAX_PAGES, type PageEstimate } from "./page-estimate.js";
