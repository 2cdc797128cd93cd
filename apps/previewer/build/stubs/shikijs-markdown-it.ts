// Stands in for @shikijs/markdown-it (see vite.config.ts): a markdown-it plugin that does nothing.
export function fromHighlighter(): () => void {
  return () => undefined;
}
