// @clausework/render-pdf for browsers: no file system, so renderPdf needs
// `options.fonts`; pdfmake's own font parsing is not shared (slower, same bytes).
export * from "./api.js";
