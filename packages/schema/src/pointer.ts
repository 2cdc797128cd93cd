import { escapeUnsafe } from "./safe-text.js";

// JSON Pointers (RFC 6901): the address of every diagnostic. The root is "".

export function escapeSegment(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

export function joinPointer(base: string, segment: string | number): string {
  return `${base}/${escapeSegment(String(segment))}`;
}

export function splitPointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}

export function parentPointer(pointer: string): string {
  const slash = pointer.lastIndexOf("/");
  return slash <= 0 ? "" : pointer.slice(0, slash);
}

/** How people see a pointer: the root is "/", and keys cannot smuggle in control characters. */
export function displayPointer(pointer: string): string {
  return pointer === "" ? "/" : escapeUnsafe(pointer);
}

export function isIndexSegment(segment: string): boolean {
  return /^(0|[1-9][0-9]*)$/.test(segment);
}
