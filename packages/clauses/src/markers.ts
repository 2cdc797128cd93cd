// Structured blocks (the schedule, fee tables, signatures...) are not written in
// Markdown: a clause places them with a marker, and compose builds the typed node.
// A marker is an HTML comment on a line of its own. User values can never produce
// one: the escaper turns every `<` into `\<`, so no value starts any HTML at all.
import { ClauseError } from "./errors.js";

export const BLOCK_NAMES = [
  "parties",
  "fee-summary",
  "payment-schedule",
  "schedule",
  "signatures",
  "handover-contacts",
  "handover-accounts",
  "handover-invoices",
] as const;

export type BlockName = (typeof BLOCK_NAMES)[number];

export const NOTICE_TONES = ["info", "warning", "legal"] as const;
export type MarkerNoticeTone = (typeof NOTICE_TONES)[number];

export type Marker =
  | { readonly kind: "block"; readonly name: BlockName }
  | { readonly kind: "notice"; readonly tone: MarkerNoticeTone; readonly title?: string }
  | { readonly kind: "end-notice" };

const PREFIX = "clausework:";

export function isBlockName(name: string): name is BlockName {
  return (BLOCK_NAMES as readonly string[]).includes(name);
}

function isTone(tone: string): tone is MarkerNoticeTone {
  return (NOTICE_TONES as readonly string[]).includes(tone);
}

/** The Markdown of a marker: a standalone HTML comment with blank lines around it. */
export function markerMarkdown(marker: Marker): string {
  let body: string;
  if (marker.kind === "block") body = `block ${marker.name}`;
  else if (marker.kind === "end-notice") body = "end-notice";
  else {
    const title = marker.title === undefined ? "" : ` ${encodeURIComponent(marker.title)}`;
    body = `notice ${marker.tone}${title}`;
  }
  return `\n\n<!--${PREFIX}${body}-->\n\n`;
}

const MARKER = /^<!--clausework:(block|notice|end-notice)(?: ([a-z-]+))?(?: ([^\s]+))?-->$/;

/**
 * The marker an mdast `html` node holds. Any other HTML is a template bug: the
 * documents contain no raw HTML.
 */
export function parseMarker(html: string): Marker {
  const match = MARKER.exec(html.trim());
  if (match === null) throw new ClauseError(`raw HTML is not allowed in a clause: ${html}`);
  const [, kind, name = "", title] = match;
  if (kind === "block" && isBlockName(name) && title === undefined) return { kind, name };
  if (kind === "end-notice" && name === "" && title === undefined) return { kind };
  if (kind === "notice" && isTone(name)) {
    return title === undefined
      ? { kind, tone: name }
      : { kind, tone: name, title: decodeURIComponent(title) };
  }
  throw new ClauseError(`malformed clausework marker: ${html}`);
}
