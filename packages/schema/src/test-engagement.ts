// Test helper (excluded from the build): a minimal valid engagement and a way
// to put a value anywhere in a fresh copy of it.
import { isIndexSegment, splitPointer } from "./pointer.js";

type Json = Record<string, unknown>;

const MINIMAL: Json = {
  id: "acme-blog-2027",
  issuedOn: "2027-03-01",
  locale: "en-GB",
  currency: "EUR",
  freelancer: { name: "Jane Doe", timeZone: "Europe/Berlin" },
  client: { name: "Acme GmbH", timeZone: "America/New_York" },
  project: { title: "Weekly blog posts" },
  deliverables: [{ title: "Blog post", quantity: 12 }],
  schedule: { startDate: "2027-04-01" },
  fees: { model: "fixed-fee", amount: "4800.00" },
};

export function minimalEngagement(): Json {
  return structuredClone(MINIMAL);
}

/** A fresh minimal engagement with `value` at each pointer (missing parents are created). */
export function engagementWith(...changes: [pointer: string, value: unknown][]): Json {
  const engagement = minimalEngagement();
  for (const [pointer, value] of changes) setAt(engagement, pointer, value);
  return engagement;
}

export function setAt(root: Json, pointer: string, value: unknown): void {
  const segments = splitPointer(pointer);
  let node: Json = root;
  segments.forEach((segment, index) => {
    const next = segments[index + 1];
    if (next === undefined) {
      if (value === undefined) Reflect.deleteProperty(node, segment);
      // defineProperty, so that "__proto__" becomes a key rather than a prototype.
      else
        Object.defineProperty(node, segment, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return;
    }
    if (typeof node[segment] !== "object" || node[segment] === null) {
      Reflect.set(node, segment, isIndexSegment(next) ? [] : {});
    }
    node = node[segment] as Json;
  });
}

/** The value at a pointer, or undefined. */
export function getAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const segment of splitPointer(pointer)) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment))
      return undefined;
    node = Reflect.get(node, segment);
  }
  return node;
}
