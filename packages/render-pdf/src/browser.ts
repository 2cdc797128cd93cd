// @clausework/render-pdf for browsers: no file system, so renderPdf needs
// `options.fonts`; pdfmake's own font parsing is not shared (slower, same bytes).
import * as fontkit from "fontkit";
import { setFontParser } from "./fonts.js";

// pdfmake's browser build carries its own fontkit; this one parses ours.
setFontParser((bytes) => fontkit.create(bytes as Buffer));

export * from "./api.js";
