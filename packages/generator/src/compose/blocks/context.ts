import type { DocumentKind, Inline } from "@clausework/model";
import { link, text } from "@clausework/model";
import type { Facts } from "../../facts.js";
import type { ResolvedEngagement } from "../../resolve.js";
import { isAllowedUrl } from "../markdown/inlines.js";

/** What a typed block is built from: raw values, never Markdown. */
export type BlockContext = {
  readonly engagement: ResolvedEngagement;
  readonly facts: Facts;
  readonly kind: DocumentKind;
  readonly locale: string;
};

/** Lines of inline content joined by line breaks; empty lines are skipped. */
export function lines(...parts: readonly (readonly Inline[])[]): Inline[] {
  const present = parts.filter((part) => part.length > 0);
  return present.flatMap((part, index) =>
    index === 0 ? [...part] : [{ type: "break" } as const, ...part],
  );
}

export function optionalText(value: string | undefined): Inline[] {
  return value === undefined ? [] : text(value);
}

export function emailLink(email: string | undefined): Inline[] {
  if (email === undefined) return [];
  const url = `mailto:${email}`;
  return isAllowedUrl(url) ? [link(url, text(email))] : text(email);
}

export function webLink(url: string | undefined): Inline[] {
  if (url === undefined) return [];
  return isAllowedUrl(url) ? [link(url, text(url))] : text(url);
}

/** A name as it is used in titles and metadata: one line. */
export function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
