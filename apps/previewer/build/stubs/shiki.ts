// Stands in for shiki (see vite.config.ts): no highlighter, so code stays plain text.
export async function createHighlighterCore(): Promise<Record<string, never>> {
  return {};
}
const nothing: Record<string, never> = {};
export default nothing;
