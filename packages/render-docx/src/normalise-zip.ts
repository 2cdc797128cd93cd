// Same input, same bytes. docx zips with the current time, stamps core.xml with
// the current time and gives hyperlink relationships random ids. This re-zips
// the package with entries in a fixed order, a fixed time from the issue date,
// a fixed compression level, issue-date metadata and derived ids.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

const first = ["[Content_Types].xml", "_rels/.rels"];

/** [Content_Types].xml first, as Word expects, then the package's root rels, then by path. */
function packageOrder(a: string, b: string): number {
  const rank = (path: string) => (first.includes(path) ? first.indexOf(path) : first.length);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function issueDate(issuedOn: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(issuedOn);
  if (match === null)
    throw new Error(`render-docx: meta.issuedOn is not an ISO date: "${issuedOn}"`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * fflate writes DOS times from the local-time fields of a Date, so the Date is
 * built from local fields too: the bytes then do not depend on the time zone.
 * Zip times only go from 1980 to 2107.
 */
function zipTime(issuedOn: string): Date {
  const { year, month, day } = issueDate(issuedOn);
  return new Date(Math.min(Math.max(year, 1980), 2099), month - 1, day, 12, 0, 0);
}

/** Maps each random relationship id (anything but rId<number>) to rIdL1, rIdL2, ... in package order. */
function derivedIds(texts: ReadonlyMap<string, string>): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [path, text] of texts) {
    if (!path.endsWith(".rels")) continue;
    for (const match of text.matchAll(/\bId="([^"]+)"/g)) {
      const id = match[1] ?? "";
      if (!/^rId\d+$/.test(id) && !ids.has(id)) ids.set(id, `rIdL${ids.size + 1}`);
    }
  }
  return ids;
}

function rewrite(
  path: string,
  text: string,
  ids: ReadonlyMap<string, string>,
  issuedOn: string,
): string {
  let out = text;
  for (const [random, derived] of ids) out = out.split(`"${random}"`).join(`"${derived}"`);
  if (path === "docProps/core.xml") {
    const stamp = `${issuedOn}T00:00:00Z`;
    out = out.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`);
  }
  return out;
}

export function normaliseZip(packed: Uint8Array, issuedOn: string): Uint8Array {
  const mtime = zipTime(issuedOn);
  const files = unzipSync(packed);
  const paths = Object.keys(files).sort(packageOrder);
  const texts = new Map<string, string>();
  for (const path of paths) {
    if (/\.(xml|rels)$/.test(path)) texts.set(path, strFromU8(files[path] ?? new Uint8Array()));
  }
  const ids = derivedIds(texts);
  const entries: Zippable = {};
  for (const path of paths) {
    const text = texts.get(path);
    const data =
      text === undefined
        ? (files[path] ?? new Uint8Array())
        : strToU8(rewrite(path, text, ids, issuedOn));
    entries[path] = [data, { level: 6, mtime }];
  }
  return zipSync(entries, { level: 6, mtime });
}
