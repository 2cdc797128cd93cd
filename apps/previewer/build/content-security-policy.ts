// The built page's Content Security Policy. Scripts come only from the page's own
// files (no inline script, no eval); nothing is fetched from anywhere else.
// Inline styles are allowed because the preview iframe (srcdoc) inherits this
// policy and the renderer's standalone page carries its stylesheet inline; CSS
// cannot run code, and with every fetch limited to 'self' it cannot send data out.
import type { Plugin } from "vite";

export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join("; ");

/** Adds the policy to the built index.html only: Vite's dev server injects inline styles for hot reload. */
export function strictContentSecurityPolicy(): Plugin {
  return {
    name: "clausework:content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: contentSecurityPolicy },
        injectTo: "head-prepend",
      },
    ],
  };
}
