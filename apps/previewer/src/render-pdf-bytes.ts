// PDF bytes in the browser with @clausework/render-pdf, imported on first use,
// given the font files it reads from disk under Node.
import type { DocumentModel } from "@clausework/model";
import { pdfFonts } from "./pdf-fonts.js";

export async function renderPdfBytes(model: DocumentModel): Promise<Uint8Array> {
  const [{ renderPdf }, fonts] = await Promise.all([import("@clausework/render-pdf"), pdfFonts()]);
  return renderPdf(model, { fonts });
}
