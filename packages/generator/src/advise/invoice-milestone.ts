// A freelancer milestone that sends an invoice or a list of services rendered is paperwork,
// not a delivery. The schema has no field for it yet, so the title or description decides.
const INVOICE_WORDS = /\b(invoice|invoices|list of services|services rendered|timesheet)\b/i;

export function isInvoiceMilestone(milestone: {
  readonly title: string;
  readonly description?: string;
}): boolean {
  return INVOICE_WORDS.test(`${milestone.title} ${milestone.description ?? ""}`);
}
