// The last text, kept in this browser's localStorage so a reload brings it back.
// Storage can be missing or full (private windows, quotas): then nothing is kept,
// and the previewer still works.
import type { DocumentKind } from "@clausework/model";
import { documentKinds } from "./pipeline-protocol.js";

export const storageKey = "clausework-previewer:v1";

export type Saved = {
  readonly text: string;
  /** The example the text started from, for "reset to example". */
  readonly example?: string;
  readonly kind?: DocumentKind;
};

function isKind(value: unknown): value is DocumentKind {
  return documentKinds.some((kind) => kind === value);
}

/** What was saved, or undefined when nothing usable is there. */
export function loadSaved(
  storage: Storage | undefined = globalThis.localStorage,
): Saved | undefined {
  try {
    const raw = storage?.getItem(storageKey);
    if (raw === null || raw === undefined) return undefined;
    const value: unknown = JSON.parse(raw);
    if (
      typeof value !== "object" ||
      value === null ||
      !("text" in value) ||
      typeof value.text !== "string"
    ) {
      return undefined;
    }
    const example =
      "example" in value && typeof value.example === "string" ? { example: value.example } : {};
    const kind = "kind" in value && isKind(value.kind) ? { kind: value.kind } : {};
    return { text: value.text, ...example, ...kind };
  } catch {
    return undefined;
  }
}

/** Saves; false when the browser would not keep it. */
export function save(
  saved: Saved,
  storage: Storage | undefined = globalThis.localStorage,
): boolean {
  try {
    storage?.setItem(storageKey, JSON.stringify(saved));
    return storage !== undefined;
  } catch {
    return false;
  }
}
