// @clausework/render-pdf for Node: font files are read from the font packages.
// Browsers get browser.ts through the package's "browser" export condition.
import "./node-fonts.js";

export * from "./api.js";
